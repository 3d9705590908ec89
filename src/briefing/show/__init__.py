"""The full-screen show: its window, its overlays, the presenter console and the controller
that runs both on the right screens."""
