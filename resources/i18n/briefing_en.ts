<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>界面与图表字体：Noto Sans CJK SC（思源黑体简体中文）子集，随本程序提供，依 SIL Open Font License 1.1 授权；版权归 Adobe 所有（保留字体名称 “Source”）。</source>
        <translation>Interface and chart font: a subset of Noto Sans CJK SC (Source Han Sans SC), supplied with this program and licensed under the SIL Open Font License 1.1; copyright Adobe (Reserved Font Name “Source”).</translation>
    </message>
    <message>
        <source>关于本简报</source>
        <translation>About this briefing</translation>
    </message>
    <message>
        <source>数据简报 {0} 版</source>
        <translation>Data Briefing version {0}</translation>
    </message>
    <message>
        <source>{source}。每个数字均摘自原文，并保留其原句；标“推算”的数字由原文数字计算得出。</source>
        <translation>{source}. Every figure is taken from the article and keeps its original sentence; figures marked “derived” are computed from figures in the article.</translation>
    </message>
    <message>
        <source>本程序离线运行，不连接网络。</source>
        <translation>This program runs offline and never connects to the network.</translation>
    </message>
    <message>
        <source>字体许可证…</source>
        <translation>Font licence…</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>打开简报…</source>
        <translation>Open briefing…</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>打印讲义…</source>
        <translation>Print Handout…</translation>
    </message>
    <message>
        <source>打印幻灯片…</source>
        <translation>Print Slides…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>查找…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <source>查找下一个</source>
        <translation>Find Next</translation>
    </message>
    <message>
        <source>查找上一个</source>
        <translation>Find Previous</translation>
    </message>
    <message>
        <source>下一部分</source>
        <translation>Next section</translation>
    </message>
    <message>
        <source>上一部分</source>
        <translation>Previous section</translation>
    </message>
    <message>
        <source>浅色主题</source>
        <translation>Light theme</translation>
    </message>
    <message>
        <source>深色主题</source>
        <translation>Dark theme</translation>
    </message>
    <message>
        <source>投影主题（高对比、大字）</source>
        <translation>Projector theme (high contrast, large type)</translation>
    </message>
    <message>
        <source>红色表示上升（中国惯例）</source>
        <translation>Red means up (Chinese convention)</translation>
    </message>
    <message>
        <source>绿色表示上升</source>
        <translation>Green means up</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>实际大小</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <source>全屏</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>从头开始放映</source>
        <translation>Present from the beginning</translation>
    </message>
    <message>
        <source>从当前部分放映</source>
        <translation>Present from this section</translation>
    </message>
    <message>
        <source>上次放映的各张用时…</source>
        <translation>Time per Slide of the Last Show…</translation>
    </message>
    <message>
        <source>投影（高对比、大字）</source>
        <translation>Projector (high contrast, large type)</translation>
    </message>
    <message>
        <source>浅色</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>深色</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>数据问题列表</source>
        <translation>Dataset problems</translation>
    </message>
    <message>
        <source>键盘快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>关于本简报</source>
        <translation>About this briefing</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>最近打开</source>
        <translation>Open Recent</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>语言 / Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>放映(&amp;S)</source>
        <translation>&amp;Slide Show</translation>
    </message>
    <message>
        <source>放映屏幕</source>
        <translation>Slide show screen</translation>
    </message>
    <message>
        <source>放映主题</source>
        <translation>Slide show theme</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>复制数字及出处</source>
        <translation>Copy figure with source</translation>
    </message>
    <message>
        <source>数据表</source>
        <translation>Data table</translation>
    </message>
    <message>
        <source>图片查看器：下一张图片</source>
        <translation>Picture viewer: next picture</translation>
    </message>
    <message>
        <source>图片查看器：上一张图片</source>
        <translation>Picture viewer: previous picture</translation>
    </message>
    <message>
        <source>图片查看器：放大</source>
        <translation>Picture viewer: zoom in</translation>
    </message>
    <message>
        <source>图片查看器：缩小</source>
        <translation>Picture viewer: zoom out</translation>
    </message>
    <message>
        <source>图片查看器：适合窗口</source>
        <translation>Picture viewer: fit the window</translation>
    </message>
    <message>
        <source>（已不存在）</source>
        <translation> (no longer there)</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>清除列表</source>
        <translation>Clear List</translation>
    </message>
    <message>
        <source>查找栏：下一个</source>
        <translation>Find bar: next result</translation>
    </message>
    <message>
        <source>查找栏：上一个</source>
        <translation>Find bar: previous result</translation>
    </message>
    <message>
        <source>查找栏：关闭</source>
        <translation>Find bar: close</translation>
    </message>
    <message>
        <source>演示者视图查找：下一个</source>
        <translation>Presenter view find: next result</translation>
    </message>
    <message>
        <source>演示者视图查找：上一个</source>
        <translation>Presenter view find: previous result</translation>
    </message>
    <message>
        <source>演示者视图查找：放映跳到所在幻灯片</source>
        <translation>Presenter view find: show the result&apos;s slide</translation>
    </message>
    <message>
        <source>演示者视图查找：关闭</source>
        <translation>Presenter view find: close</translation>
    </message>
    <message>
        <source>演示者视图：查找并跳到所在幻灯片</source>
        <translation>Presenter view: find, and jump to the slide holding it</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>briefing：无法打开窗口，缺少系统库 {packages}。请安装：sudo apt install {packages}</source>
        <translation>briefing: cannot open a window: the system libraries {packages} are missing. Install them with: sudo apt install {packages}</translation>
    </message>
    <message>
        <source>briefing：无法连接到显示器（DISPLAY={display}）。请检查图形界面是否已启动、DISPLAY 是否正确；没有显示器时可用 briefing export --out 文件夹 导出。</source>
        <translation>briefing: cannot connect to the display (DISPLAY={display}). Check that the graphical desktop is running and that DISPLAY is correct; without a display, export with briefing export --out DIR.</translation>
    </message>
    <message>
        <source>briefing：无法打开窗口（Qt 无法加载图形平台插件）：{detail}</source>
        <translation>briefing: cannot open a window (Qt could not load a platform plugin): {detail}</translation>
    </message>
    <message>
        <source>数据简报</source>
        <translation>Data Briefing</translation>
    </message>
</context>
<context>
    <name>BlockView</name>
    <message>
        <source>收起{title}</source>
        <translation>Hide {title}</translation>
    </message>
    <message>
        <source>展开{title}</source>
        <translation>Show {title}</translation>
    </message>
    <message>
        <source>导出图片…</source>
        <translation>Export image…</translation>
    </message>
    <message>
        <source>复制图片</source>
        <translation>Copy image</translation>
    </message>
    <message>
        <source>复制数据</source>
        <translation>Copy data</translation>
    </message>
</context>
<context>
    <name>BriefingExportDialog</name>
    <message>
        <source>导出整份简报</source>
        <translation>Export the whole briefing</translation>
    </message>
    <message>
        <source>PDF：每张幻灯片一页（16:9，嵌入字体）</source>
        <translation>PDF: one page per slide (16:9, fonts embedded)</translation>
    </message>
    <message>
        <source>A4 讲义 PDF（文字、数字表、图表、图片和出处，可直接打印）</source>
        <translation>A4 handout PDF (text, table of figures, charts, pictures and sources, ready to print)</translation>
    </message>
    <message>
        <source>每个图表的 PNG 图片（1920×1080）</source>
        <translation>A PNG image of each chart (1920×1080)</translation>
    </message>
    <message>
        <source>每个图表的 SVG 矢量图</source>
        <translation>An SVG vector image of each chart</translation>
    </message>
    <message>
        <source>全部数字的表格（CSV，Excel 可直接打开）</source>
        <translation>A table of all figures (CSV, opens directly in Excel)</translation>
    </message>
    <message>
        <source>Excel 工作簿（全部数字，以及每个图表的数据）</source>
        <translation>Excel workbook (every figure, and each chart&apos;s data)</translation>
    </message>
    <message>
        <source>PowerPoint / WPS 演示文稿（每张幻灯片一页，图表可编辑）</source>
        <translation>PowerPoint / WPS presentation (one page per slide, editable charts)</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>保存到文件夹</source>
        <translation>Save to folder</translation>
    </message>
    <message>
        <source>文字转为轮廓（没有中文字体的电脑也能正确显示）</source>
        <translation>Text as outlines (shows correctly without a Chinese font)</translation>
    </message>
    <message>
        <source>导出到文件夹</source>
        <translation>Export to folder</translation>
    </message>
</context>
<context>
    <name>BriefingPptx</name>
    <message>
        <source>浅色虚线框：推算（由原文数字计算得出）</source>
        <translation>Light fill, dashed outline: derived (computed from the article&apos;s figures)</translation>
    </message>
</context>
<context>
    <name>ChartChoice</name>
    <message>
        <source>要导出图片的图表</source>
        <translation>Charts to export as images</translation>
    </message>
    <message>
        <source>全选</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>全不选</source>
        <translation>Select none</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>导出图片</source>
        <translation>Export image</translation>
    </message>
    <message>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>文字转为轮廓（没有中文字体的电脑也能正确显示）</source>
        <translation>Text as outlines (shows correctly without a Chinese font)</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>尺寸</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>倍率</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>分辨率</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>输出尺寸</source>
        <translation>Output size</translation>
    </message>
    <message>
        <source>白色</source>
        <translation>White</translation>
    </message>
    <message>
        <source>透明</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>主题色</source>
        <translation>Theme colour</translation>
    </message>
    <message>
        <source>背景</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>包含图表标题</source>
        <translation>Include chart title</translation>
    </message>
    <message>
        <source>包含数据来源</source>
        <translation>Include source</translation>
    </message>
    <message>
        <source>{width} × {height} 像素，{cm_width} × {cm_height} 厘米（SVG 按 96 dpi）</source>
        <translation>{width} × {height} px, {cm_width} × {cm_height} cm (SVG at 96 dpi)</translation>
    </message>
    <message>
        <source>{width} × {height} 像素，{cm_width} × {cm_height} 厘米（{dpi} dpi）</source>
        <translation>{width} × {height} px, {cm_width} × {cm_height} cm ({dpi} dpi)</translation>
    </message>
    <message>
        <source>SVG 的文字已转为轮廓：任何电脑上都显示正确，但文字不能再选中或修改。</source>
        <translation>The SVG&apos;s text is turned into outlines: it shows correctly on any computer, but can no longer be selected or edited.</translation>
    </message>
    <message>
        <source>SVG 把文字保存为文字：查看它的电脑需要有相应的中文字体。</source>
        <translation>SVG keeps text as text: the computer that views it needs a suitable Chinese font.</translation>
    </message>
    <message>
        <source>PDF 嵌入字体，是在任何电脑上都能正确显示中文的矢量格式。</source>
        <translation>PDF embeds its fonts: a vector format that shows Chinese correctly on any computer.</translation>
    </message>
    <message>
        <source>JPEG 没有透明背景，透明部分会填成白色。</source>
        <translation>JPEG has no transparency: transparent areas are filled with white.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>单位：{unit}</source>
        <translation>Unit: {unit}</translation>
    </message>
    <message>
        <source>导出或复制本图</source>
        <translation>Export or copy this chart</translation>
    </message>
    <message>
        <source>{series}：{value}</source>
        <translation>{series}: {value}</translation>
    </message>
    <message>
        <source>推算：</source>
        <translation>Derived: </translation>
    </message>
    <message>
        <source>原文：</source>
        <translation>Article: </translation>
    </message>
    <message>
        <source>推算</source>
        <translation>Derived</translation>
    </message>
    <message>
        <source>第{rank}位</source>
        <translation>No. {rank}</translation>
    </message>
    <message>
        <source>{title} 数据表</source>
        <translation>{title} data table</translation>
    </message>
</context>
<context>
    <name>ChartPlaceholder</name>
    <message>
        <source>图表加载中…</source>
        <translation>Loading chart…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>invalid dataset: {count} problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid dataset: {count} problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid: {source}: {sections} sections, {figures} figures ({derived} derived), {cards} cards, {charts} charts, {images} images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>briefing export: --format names nothing to write; any of {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>briefing draft: cannot read {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>briefing draft: {path} is neither UTF-8 nor GB18030 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>briefing draft: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafted: {path}: {sections} sections, {figures} figures ({derived} derived), {cards} cards, {charts} charts; {skipped} numbers skipped, {unread} to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list is also in {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sections} sections, {figures} figures ({derived} derived), {cards} cards, {charts} charts; {skipped} numbers skipped, {unread} to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to check: {number} in: {sentence} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: {number} in: {sentence} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>briefing: no display (DISPLAY and WAYLAND_DISPLAY are unset), so the viewer cannot open; to export instead: briefing export --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>briefing: unexpected error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change with no figure it belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validator refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not empty; nothing written (--force writes into it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the draft does not validate: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit after the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentage points with no word saying up or down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth by a number of times: its factor is unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figure does not read back from its sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a percentage in words (百分之…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a minus sign after a word saying up or down (增长-2.3%): which way it went is unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number with a space inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Chinese numeral running past 万 or 亿 (三万五千): read it whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a target or a bound (以上, 以内, 以下, 左右), not a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change in words (增长两成)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change against a year in words since cannot state (同2020年相比), not the year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of a title in 《》</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of a name in quotation marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code (it starts with 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list ordinal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ordinal (第…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the size of a ranking list (前50, 500强)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of a range (3—5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of a ratio (3.5∶49.2∶47.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of a name (5G, 2.0版, 1+2, 三次产业)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a category (六类以上)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan period (十四五)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a heading or the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article has no text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleFind</name>
    <message>
        <source>查找数字或文字，回车跳到所在幻灯片</source>
        <translation>Find a figure or words; Enter shows its slide</translation>
    </message>
    <message>
        <source>第 {n} 张 · {label}：{words}</source>
        <translation>Slide {n} · {label}: {words}</translation>
    </message>
    <message>
        <source>无结果</source>
        <translation>No results</translation>
    </message>
    <message>
        <source>{n} 个结果</source>
        <translation>{n} results</translation>
    </message>
</context>
<context>
    <name>DatasetWarnings</name>
    <message>
        <source>本简报有 {0} 处缺失，已用占位图代替：{1}</source>
        <translation>Missing from this briefing ({0}), shown as placeholders: {1}</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>打开内置简报</source>
        <translation>Open the bundled briefing</translation>
    </message>
    <message>
        <source>打开其他简报…</source>
        <translation>Open another briefing…</translation>
    </message>
    <message>
        <source>正在打开简报…</source>
        <translation>Opening briefing…</translation>
    </message>
    <message>
        <source>无法打开简报“{0}”：共 {1} 处问题。</source>
        <translation>Cannot open the briefing “{0}” (problems: {1}).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>出现了意外问题</source>
        <translation>Unexpected problem</translation>
    </message>
    <message>
        <source>刚才的操作没有完成：{0}。简报和其他功能可以继续使用。</source>
        <translation>The last action did not complete: {0}. You can go on using the briefing and the rest of the app.</translation>
    </message>
    <message>
        <source>详细信息已记录在 {0}</source>
        <translation>Details were written to {0}</translation>
    </message>
    <message>
        <source>复制详情</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>已取消导出</source>
        <translation>Export cancelled</translation>
    </message>
    <message>
        <source>无法设置 PDF 页面大小</source>
        <translation>Cannot set the PDF page size</translation>
    </message>
    <message>
        <source>无法生成 PDF</source>
        <translation>Cannot create the PDF</translation>
    </message>
    <message>
        <source>未知的主题 “{theme}”</source>
        <translation>Unknown theme “{theme}”</translation>
    </message>
    <message>
        <source>图片尺寸无效：{width}×{height}</source>
        <translation>Invalid image size: {width}×{height}</translation>
    </message>
    <message>
        <source>图片太大：{width}×{height}</source>
        <translation>Image too large: {width}×{height}</translation>
    </message>
    <message>
        <source>分辨率无效：{dpi} dpi</source>
        <translation>Invalid resolution: {dpi} dpi</translation>
    </message>
    <message>
        <source>无法生成图片：内存不足</source>
        <translation>Cannot create the image: out of memory</translation>
    </message>
    <message>
        <source>无法编码图片（{kind}）：{reason}</source>
        <translation>Cannot encode the image ({kind}): {reason}</translation>
    </message>
    <message>
        <source>不支持的格式“{name}”：请使用 PNG、JPEG、SVG 或 PDF</source>
        <translation>Unsupported format “{name}”: use PNG, JPEG, SVG or PDF</translation>
    </message>
    <message>
        <source>不支持的格式“{name}”</source>
        <translation>Unsupported format “{name}”</translation>
    </message>
    <message>
        <source>没有选择要导出的内容；可选 {known}</source>
        <translation>Nothing chosen to export; choose from {known}</translation>
    </message>
    <message>
        <source>不支持的格式：{unknown}；可选 {known}</source>
        <translation>Unsupported format: {unknown}; choose from {known}</translation>
    </message>
    <message>
        <source>{title}（A4讲义）</source>
        <translation>{title} (A4 handout)</translation>
    </message>
    <message>
        <source>没有选择要导出的图表</source>
        <translation>No charts chosen to export</translation>
    </message>
    <message>
        <source>没有这些图表：{unknown}；可选 {known}</source>
        <translation>No such charts: {unknown}; known: {known}</translation>
    </message>
    <message>
        <source>无法创建文件夹 {folder}：{reason}</source>
        <translation>Cannot create the folder {folder}: {reason}</translation>
    </message>
    <message>
        <source>磁盘已满</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>磁盘配额已满</source>
        <translation>the disk quota is exceeded</translation>
    </message>
    <message>
        <source>没有写入权限</source>
        <translation>no permission to write</translation>
    </message>
    <message>
        <source>文件夹是只读的</source>
        <translation>the folder is read-only</translation>
    </message>
    <message>
        <source>文件夹不存在</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>文件名太长</source>
        <translation>the file name is too long</translation>
    </message>
    <message>
        <source>文件名无效</source>
        <translation>the file name is not valid</translation>
    </message>
    <message>
        <source>已有同名的文件</source>
        <translation>a file of that name exists</translation>
    </message>
    <message>
        <source>路径中有一段是文件而不是文件夹</source>
        <translation>a part of the path is a file, not a folder</translation>
    </message>
    <message>
        <source>符号链接循环</source>
        <translation>a loop of symbolic links</translation>
    </message>
    <message>
        <source>无法写入 {path}：{reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{names} 等 {count} 个文件</source>
        <translation>{names} and more ({count} files in all)</translation>
    </message>
    <message>
        <source>{names} 已存在；未覆盖（需要覆盖时请确认，或使用 --force）</source>
        <translation>Already exists: {names}; nothing was overwritten (confirm to overwrite, or use --force)</translation>
    </message>
    <message>
        <source>每页幻灯片数只能是 {choices}</source>
        <translation>Slides per page can only be {choices}</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>正在导出</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>简报还在导出。要停止导出并关闭窗口吗？</source>
        <translation>The briefing is still being exported. Stop the export and close the window?</translation>
    </message>
    <message>
        <source>停止后，这次导出已写入的文件会被删除。</source>
        <translation>If you stop, the files this export has written are deleted.</translation>
    </message>
    <message>
        <source>停止导出并关闭</source>
        <translation>Stop Export and Close</translation>
    </message>
    <message>
        <source>继续导出</source>
        <translation>Continue Exporting</translation>
    </message>
    <message>
        <source>已复制图片：{title}</source>
        <translation>Picture copied: {title}</translation>
    </message>
    <message>
        <source>已复制数据：{title}（可粘贴到 Excel、WPS 或 Word）</source>
        <translation>Data copied: {title} (paste it into Excel, WPS or Word)</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>图表已保存到 {0}</source>
        <translation>Chart saved to {0}</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>导出整份简报</source>
        <translation>Export the whole briefing</translation>
    </message>
    <message>
        <source>正在写入 {0}</source>
        <translation>Writing {0}</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>导出已取消，没有留下任何文件。</source>
        <translation>Export cancelled; no files were left behind.</translation>
    </message>
    <message>
        <source>已写入 {0} 个文件到 {1}</source>
        <translation>Files written to {1}: {0}</translation>
    </message>
    <message>
        <source>文件已存在</source>
        <translation>Files already exist</translation>
    </message>
    <message>
        <source>以下文件已存在，要覆盖吗？</source>
        <translation>These files already exist. Overwrite them?</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open Containing Folder</translation>
    </message>
    <message>
        <source>无法打开文件夹 {0}</source>
        <translation>Cannot open the folder {0}</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>数据来源：《{title}——{subtitle}》，{publisher}</source>
        <translation>Source: “{title}: {subtitle}”, {publisher}</translation>
    </message>
    <message>
        <source>数据来源：《{title}》，{publisher}</source>
        <translation>Source: “{title}”, {publisher}</translation>
    </message>
    <message>
        <source>数据来源：{publisher}</source>
        <translation>Source: {publisher}</translation>
    </message>
    <message>
        <source>较上年{change}</source>
        <translation>{change} on the year before</translation>
    </message>
    <message>
        <source>较{since}{change}</source>
        <translation>{change} since {since}</translation>
    </message>
    <message>
        <source>增长{amount}</source>
        <translation>up {amount}</translation>
    </message>
    <message>
        <source>下降{amount}</source>
        <translation>down {amount}</translation>
    </message>
    <message>
        <source>增加{amount}</source>
        <translation>{amount} more</translation>
    </message>
    <message>
        <source>减少{amount}</source>
        <translation>{amount} fewer</translation>
    </message>
    <message>
        <source>提高{amount}</source>
        <translation>up {amount}</translation>
    </message>
    <message>
        <source>持平</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>提升{amount}</source>
        <translation>up {amount}</translation>
    </message>
    <message>
        <source>为上年的{amount}倍</source>
        <translation>{amount} times the year before</translation>
    </message>
    <message>
        <source>为{since}的{amount}倍</source>
        <translation>{amount} times {since}</translation>
    </message>
    <message>
        <source>推算：{formula}</source>
        <translation>Derived: {formula}</translation>
    </message>
    <message>
        <source>推算，依据：{sentences}</source>
        <translation>Derived from: {sentences}</translation>
    </message>
    <message>
        <source>{label}，{value}，{change}</source>
        <translation>{label}, {value}, {change}</translation>
    </message>
    <message>
        <source>{label}，{value}</source>
        <translation>{label}, {value}</translation>
    </message>
    <message>
        <source>{sentence}（推算）</source>
        <translation>{sentence} (derived)</translation>
    </message>
    <message>
        <source>共{count}项</source>
        <translation>{count} items</translation>
    </message>
    <message>
        <source>{series}最高为{top}（{top_value}），最低为{bottom}（{bottom_value}）</source>
        <translation>{series}: highest {top} ({top_value}), lowest {bottom} ({bottom_value})</translation>
    </message>
    <message>
        <source>{series}最好为{top}（{top_value}），最差为{bottom}（{bottom_value}）</source>
        <translation>{series}: best {top} ({top_value}), worst {bottom} ({bottom_value})</translation>
    </message>
    <message>
        <source>{series}：{top}{top_value}</source>
        <translation>{series}: {top} {top_value}</translation>
    </message>
    <message>
        <source>{parts}。</source>
        <translation>{parts}.</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>数据卡片</source>
        <translation>Figure card</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>图片</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>演讲备注</source>
        <translation>Speaker notes</translation>
    </message>
    <message>
        <source>查找数字、文字、图注、备注</source>
        <translation>Find figures, text, captions, notes</translation>
    </message>
    <message>
        <source>上一个（Shift+F3）</source>
        <translation>Previous (Shift+F3)</translation>
    </message>
    <message>
        <source>下一个（F3 或回车）</source>
        <translation>Next (F3 or Enter)</translation>
    </message>
    <message>
        <source>关闭查找（Esc）</source>
        <translation>Close find (Esc)</translation>
    </message>
    <message>
        <source>无结果</source>
        <translation>No results</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>表中数字均摘自原文，每个数字的原句列在各部分末尾的“出处”中；标“推算”的数字由原文数字计算得出。</source>
        <translation>Every number in the tables is the article&apos;s own; the sentence each comes from is listed under “Source” at the end of its part. Numbers marked “derived” are computed from the article&apos;s numbers.</translation>
    </message>
    <message>
        <source>目录</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>无法开始打印</source>
        <translation>Cannot start printing</translation>
    </message>
    <message>
        <source>无法开始新的一页</source>
        <translation>Cannot start a new page</translation>
    </message>
    <message>
        <source>第 {page} 页</source>
        <translation>Page {page}</translation>
    </message>
    <message>
        <source>第 {page} 页，共 {count} 页</source>
        <translation>Page {page} of {count}</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>出处</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ImagePanel</name>
    <message>
        <source>文件不存在</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>文件过大（{size} MB，最多 {limit} MB）</source>
        <translation>The file is too large ({size} MB, at most {limit} MB)</translation>
    </message>
    <message>
        <source>无法读取文件（{error}）</source>
        <translation>Cannot read the file ({error})</translation>
    </message>
    <message>
        <source>不是文件</source>
        <translation>Not a file</translation>
    </message>
    <message>
        <source>符号链接循环</source>
        <translation>a loop of symbolic links</translation>
    </message>
    <message>
        <source>没有读取权限</source>
        <translation>no permission to read it</translation>
    </message>
    <message>
        <source>文件名太长</source>
        <translation>the file name is too long</translation>
    </message>
    <message>
        <source>读取出错</source>
        <translation>a read error</translation>
    </message>
    <message>
        <source>文件是空的（0 字节）</source>
        <translation>The file is empty (0 bytes)</translation>
    </message>
    <message>
        <source>图片已损坏（{detail}）</source>
        <translation>The image is damaged ({detail})</translation>
    </message>
    <message>
        <source>图片过大（{width}×{height}）</source>
        <translation>The image is too large ({width}×{height})</translation>
    </message>
    <message>
        <source>图片已损坏（压缩数据无效）</source>
        <translation>The image is damaged (invalid compressed data)</translation>
    </message>
    <message>
        <source>SVG 文件过大</source>
        <translation>The SVG file is too large</translation>
    </message>
    <message>
        <source>SVG 过于复杂（超过 {count} 个元素）</source>
        <translation>The SVG is too complex to draw (more than {count} elements)</translation>
    </message>
    <message>
        <source>SVG 引用了外部文件或网址，为安全起见不予显示</source>
        <translation>The SVG refers to outside files or web addresses and is not shown, for safety</translation>
    </message>
    <message>
        <source>SVG 内嵌的图片层数过多</source>
        <translation>The SVG embeds pictures nested too deeply</translation>
    </message>
    <message>
        <source>图片已损坏（SVG 第 {line} 行不是格式正确的 XML）</source>
        <translation>The image is damaged (the SVG is not well-formed XML at line {line})</translation>
    </message>
    <message>
        <source>SVG 声明了外部或嵌套的实体，为安全起见不予显示</source>
        <translation>The SVG declares outside or nested entities and is not shown, for safety</translation>
    </message>
    <message>
        <source>图片已损坏（文件不完整）</source>
        <translation>The image is damaged (the file is incomplete)</translation>
    </message>
    <message>
        <source>图片已损坏（校验和不符）</source>
        <translation>The image is damaged (checksum mismatch)</translation>
    </message>
    <message>
        <source>无法读取文件</source>
        <translation>Cannot read the file</translation>
    </message>
    <message>
        <source>格式不受支持</source>
        <translation>Unsupported format</translation>
    </message>
    <message>
        <source>数据无效</source>
        <translation>Invalid data</translation>
    </message>
    <message>
        <source>不是可识别的图片（{detail}）</source>
        <translation>Not a recognised image ({detail})</translation>
    </message>
    <message>
        <source>示意图，原照片 {credit}</source>
        <translation>Illustration; original photo {credit}</translation>
    </message>
    <message>
        <source>图片无法显示</source>
        <translation>The image cannot be shown</translation>
    </message>
    <message>
        <source>没有可显示的图片文件</source>
        <translation>No image file to show</translation>
    </message>
    <message>
        <source>示意图</source>
        <translation>Illustration</translation>
    </message>
    <message>
        <source>← → 上一张 / 下一张，+ − 缩放，0 还原，Esc 或单击任意处关闭</source>
        <translation>← → previous / next, + − zoom, 0 fit, Esc or click anywhere to close</translation>
    </message>
    <message>
        <source>+ − 缩放，0 还原，Esc 或单击任意处关闭</source>
        <translation>+ − zoom, 0 fit, Esc or click anywhere to close</translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <source>字体许可证：SIL Open Font License 1.1</source>
        <translation>Font licence: SIL Open Font License 1.1</translation>
    </message>
</context>
<context>
    <name>LiveReload</name>
    <message>
        <source>已重新载入</source>
        <translation>Reloaded</translation>
    </message>
    <message>
        <source>数据没有问题</source>
        <translation>The dataset has no problems</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>放映</source>
        <translation>Slide show</translation>
    </message>
    <message>
        <source>打开简报</source>
        <translation>Open briefing</translation>
    </message>
    <message>
        <source>简报数据 (briefing.json *.json)</source>
        <translation>Briefing data (briefing.json *.json)</translation>
    </message>
    <message>
        <source>窗口中</source>
        <translation>In the window</translation>
    </message>
    <message>
        <source>放映中（及演示者视图中）</source>
        <translation>During the slide show (and in the presenter view)</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <source>演示者视图</source>
        <translation>Presenter view</translation>
    </message>
    <message>
        <source>已用时间</source>
        <translation>Elapsed time</translation>
    </message>
    <message>
        <source>暂停</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>重置</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>交换屏幕</source>
        <translation>Swap screens</translation>
    </message>
    <message>
        <source>本张用时</source>
        <translation>This slide</translation>
    </message>
    <message>
        <source>当前时间</source>
        <translation>Current time</translation>
    </message>
    <message>
        <source>下一张</source>
        <translation>Next slide</translation>
    </message>
    <message>
        <source>本张备注</source>
        <translation>This slide&apos;s notes</translation>
    </message>
    <message>
        <source>本部分备注</source>
        <translation>The section&apos;s notes</translation>
    </message>
    <message>
        <source>导语</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>{what}（快捷键 {key}）</source>
        <translation>{what} ({key})</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>第 {n} / {total} 张</source>
        <translation>Slide {n} of {total}</translation>
    </message>
    <message>
        <source>（最后一张）</source>
        <translation>(last slide)</translation>
    </message>
    <message>
        <source>（本页无备注）</source>
        <translation>(no notes for this slide)</translation>
    </message>
    <message>
        <source>只有一个屏幕</source>
        <translation>There is only one screen</translation>
    </message>
    <message>
        <source>已用时间（已暂停）</source>
        <translation>Elapsed time (paused)</translation>
    </message>
    <message>
        <source>已超时</source>
        <translation>Over time</translation>
    </message>
    <message>
        <source>剩余时间</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>{what}（已暂停）</source>
        <translation>{what} (paused)</translation>
    </message>
    <message>
        <source>计划用时：倒计时</source>
        <translation>Planned time: the timer counts down</translation>
    </message>
    <message>
        <source>不倒计时</source>
        <translation>No countdown</translation>
    </message>
    <message>
        <source>计划 {minutes} 分钟</source>
        <translation>{minutes} min planned</translation>
    </message>
    <message>
        <source>继续</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>备注字号加大</source>
        <translation>Larger notes</translation>
    </message>
    <message>
        <source>备注字号减小</source>
        <translation>Smaller notes</translation>
    </message>
    <message>
        <source>上次放映的各张用时</source>
        <translation>Time per slide of the last show</translation>
    </message>
    <message>
        <source>共 {count} 张，用时 {total}</source>
        <translation>{count} slides, {total} in all</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>幻灯片</source>
        <translation>Slide</translation>
    </message>
    <message>
        <source>用时</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>PrintFlow</name>
    <message>
        <source>打印预览：A4 讲义</source>
        <translation>Print Preview: A4 Handout</translation>
    </message>
    <message>
        <source>每页 {count} 张</source>
        <translation>{count} per page</translation>
    </message>
    <message>
        <source>每页幻灯片数</source>
        <translation>Slides per page</translation>
    </message>
    <message>
        <source>打印预览：幻灯片</source>
        <translation>Print Preview: Slides</translation>
    </message>
    <message>
        <source>内存不足</source>
        <translation>Not enough memory</translation>
    </message>
    <message>
        <source>幻灯片：</source>
        <translation>Slides:</translation>
    </message>
    <message>
        <source>无法打印</source>
        <translation>Cannot Print</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>the path holds a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path holds an invisible character ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path!r} is not a relative path with &apos;/&apos; separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path!r} leaves the dataset folder with &apos;..&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is a loop of symbolic links that names no file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path!r} leads outside the dataset folder (to {target})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checks stopped after {count} problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{passage!r} is not in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its exact words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words!r} is not a heading of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the heading&apos;s exact words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id {id!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id not used at {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraph starting {start!r} is not the article&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article&apos;s words, line breaks removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card {card!r} is not a figure here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id of a figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card {card!r} twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a qualifier as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a figure needs either a quote (stated) or a derivation (computed), not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a figure needs either a quote (stated) or a derivation (computed), not neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly one of &apos;quote&apos; and &apos;derived&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figure has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value, or a change alone when the sentence states only the change (比上年增长3.6%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header&apos;s exact words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header {header!r} does not print {unit!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit the header prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{header!r} is not the unit line of the table the quote is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nearest unit line (单位：…) above the quoted row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{printed!r} does not print the value {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value in digits or Chinese numerals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quote holds a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote starting {start!r} is not in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sentence of the article, verbatim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote starting {start!r} is printed at over {count} places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sentence the article prints once or a few times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote starting {start!r} is only part of a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole sentence, from its start to its full stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quote does not state {token!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figure as its sentence prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quote does not state the change {token!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change as its sentence prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{token!r} does not mean a factor of {factor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the factor the words mean (翻了一番 is 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quote compares {token!r} with {base}, not the year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since: the year it is compared with, as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quote does not compare {token!r} with {since!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year its clause names (比2020年…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quote does not say whether {token!r} went up or down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a word such as 增长, 提升, 下降 or 持平 before it in its clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quote says {token!r} rose, but the stored amount is {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quote says {token!r} fell, but the stored amount is {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quote says {token!r} stayed the same, but the stored amount is {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a negative amount for a better place (提升10位 is -10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign the sentence gives (下降 is negative, 持平 is 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arithmetic over the inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the formula uses {used} but the inputs are {inputs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one input for each name in the formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference!r} is not a stated figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of a figure with a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id!r} has no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a figure with a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id!r} states only a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id!r}.change, or a figure with a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a formula that can be computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{formula} gives a number too large to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inputs of ordinary size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored {stored} but {formula} gives {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value the formula gives, rounded to the stored decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grouped bars with one series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one axis cannot compare figures in {units}: they differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures of one unit in a chart: split it by unit, or show them as cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{values} values for {categories} categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one value per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id!r} is not a figure here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id!r} is in {unit!r}, the chart in {chart_unit!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chart&apos;s unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id!r} is not a rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures where lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a composition has a total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind composition, or no total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id!r} is only a change, which a {kind} chart cannot draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a figure with a value, or bars of changes in % or in 个百分点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chart compares a change ({change!r}) with a level ({level!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only changes, or only levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category!r} does not name one year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year, such as 2020年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the years are not in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each year once, the earliest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id!r} is a figure of {year}, under {category!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figure of that year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parts in {unit!r} with no total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of the figure the parts add up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of {value} is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parts of zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parts add up to {total}, but the whole is {whole}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parts that add up to the whole within rounding; state a rest the article does not print as a derived figure (其他)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the caption is not in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the caption as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file inside the dataset folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image file {file!r} is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image file {file!r} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image file {file!r} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file at {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualifier {qualifier!r} must hold one … between its words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit {unit!r} must be the end of the qualifier {qualifier!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown qualifier {qualifier!r}; expected one of {known} or a form like 第…位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected element in formula {formula!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the formula {formula!r}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the formula {formula!r} may only use numbers, names, + - * / and parentheses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the formula {formula!r} holds a constant that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the formula uses {name!r}, which is not an input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the formula {formula!r} divides by zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file!r} is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is {size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dataset folder holding briefing.json, or the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder without briefing.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dataset folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8: byte 0x{byte} at offset {offset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: {reason} at line {line} column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested too deeply to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number with thousands of digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers of ordinary size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key {key!r} appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each key once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {limit} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article file {file!r} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article file is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a readable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {depth} levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text without lone surrogate characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of ordinary size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id: lower-case letters, digits and hyphens, starting with a letter or digit, at most 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name: a lower-case letter, then at most 15 letters, digits or underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a figure id, or a figure id followed by &apos;.change&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key {key!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the keys {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no other keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing item {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing key {key!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {count} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the briefing has {count} paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {limit} paragraphs in the whole briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the briefing has {count} figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {limit} figures in the whole briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the briefing has {count} cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {limit} cards in the whole briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the briefing has {count} charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {limit} charts in the whole briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the briefing has {count} images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {limit} images in the whole briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>got a list of {count} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>got an object of {count} keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {count} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greater than or equal to {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than or equal to {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{choices} or {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text matching the pattern {pattern}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {path}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{line}; expected {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {count} more problems, not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>got the string {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>got null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>got true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>got false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>got the number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>got an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>got a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>got a value of type {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>got a string {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a finite number (not NaN or infinity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>got a number of too many digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {digits} digits before the point and {digits} after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure {figure!r} has notes but is not a card, so no slide shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes on a card&apos;s figure, or on the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image file {file!r} cannot be shown: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a picture that opens (PNG, JPEG, WebP or SVG)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsBox</name>
    <message>
        <source>无法打开简报</source>
        <translation>Cannot open briefing</translation>
    </message>
    <message>
        <source>“{0}”未通过校验，共 {1} 处问题。</source>
        <translation>“{0}” failed validation (problems: {1}).</translation>
    </message>
    <message>
        <source>“{0}”未通过校验，共 {1} 处问题。当前简报保持打开。</source>
        <translation>“{0}” failed validation (problems: {1}). The current briefing stays open.</translation>
    </message>
    <message>
        <source>打开内置简报</source>
        <translation>Open the bundled briefing</translation>
    </message>
    <message>
        <source>打开其他简报…</source>
        <translation>Open another briefing…</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>还有 {0} 处问题未列出：briefing validate 列出全部</source>
        <translation>{0} more problems not listed: briefing validate lists them all</translation>
    </message>
    <message>
        <source>已复制到剪贴板：{0}</source>
        <translation>Copied to the clipboard: {0}</translation>
    </message>
    <message>
        <source>数据有 {0} 处问题：窗口中仍是上次有效的简报</source>
        <translation>{0} problems in the dataset: the window still shows the last valid briefing</translation>
    </message>
    <message>
        <source>数据有 {0} 处问题，简报无法显示</source>
        <translation>{0} problems in the dataset: the briefing cannot be shown</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>“{0}”：在编辑器中改正并保存，简报会自动重新载入。双击或按回车复制一行。</source>
        <translation>“{0}”: correct it in your editor and save; the briefing reloads by itself. Double-click or press Enter to copy a line.</translation>
    </message>
    <message>
        <source>位置（行:列）</source>
        <translation>Place (line:column)</translation>
    </message>
    <message>
        <source>JSON 路径</source>
        <translation>JSON path</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>应为</source>
        <translation>Expected</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>导语</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>本部分原文</source>
        <translation>the article text of this section</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>键盘快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>按键</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>Show</name>
    <message>
        <source>下一张</source>
        <translation>Next slide</translation>
    </message>
    <message>
        <source>单击</source>
        <translation>click</translation>
    </message>
    <message>
        <source>滚轮向下</source>
        <translation>wheel down</translation>
    </message>
    <message>
        <source>上一张</source>
        <translation>Previous slide</translation>
    </message>
    <message>
        <source>右键单击</source>
        <translation>right-click</translation>
    </message>
    <message>
        <source>滚轮向上</source>
        <translation>wheel up</translation>
    </message>
    <message>
        <source>下一张；先输入编号再按它，跳到该张</source>
        <translation>Next slide; type a number first to go to that slide</translation>
    </message>
    <message>
        <source>第一张</source>
        <translation>First slide</translation>
    </message>
    <message>
        <source>最后一张</source>
        <translation>Last slide</translation>
    </message>
    <message>
        <source>结束放映（翻页笔的放映键）</source>
        <translation>End the show (a clicker&apos;s play / stop button)</translation>
    </message>
    <message>
        <source>黑屏（任意键返回）</source>
        <translation>Black screen (any key returns)</translation>
    </message>
    <message>
        <source>白屏（任意键返回）</source>
        <translation>White screen (any key returns)</translation>
    </message>
    <message>
        <source>全部幻灯片：方向键和回车或单击，选一张</source>
        <translation>All slides: pick one (arrows and Enter, or click)</translation>
    </message>
    <message>
        <source>图表页：显示 / 隐藏数据表</source>
        <translation>Chart slide: show / hide its data table</translation>
    </message>
    <message>
        <source>显示 / 隐藏页码和进度条</source>
        <translation>Show / hide the slide number and progress bar</translation>
    </message>
    <message>
        <source>演示者视图：打开 / 关闭</source>
        <translation>Presenter view: open / close</translation>
    </message>
    <message>
        <source>本按键列表</source>
        <translation>This list of keys</translation>
    </message>
    <message>
        <source>关闭黑屏、网格或列表；再按结束放映</source>
        <translation>Close the blank screen, grid or list; again: end the show</translation>
    </message>
    <message>
        <source>激光笔：打开 / 关闭</source>
        <translation>Laser pointer: on / off</translation>
    </message>
    <message>
        <source>画笔：按住左键在幻灯片上书写</source>
        <translation>Pen: hold the left button to draw on the slide</translation>
    </message>
    <message>
        <source>箭头：收起画笔和激光笔</source>
        <translation>Arrow: put the pen and the pointer away</translation>
    </message>
    <message>
        <source>擦除本张的全部墨迹</source>
        <translation>Erase all ink on this slide</translation>
    </message>
    <message>
        <source>放大鼠标所指之处：2 倍，再按 3 倍</source>
        <translation>Zoom into where the mouse points: 2×, again 3×</translation>
    </message>
    <message>
        <source>放大时：方向键移动，Esc 或 0 复原，- 缩小</source>
        <translation>While zoomed: arrows pan, Esc or 0 back, - zooms out</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>放映</source>
        <translation>Slide show</translation>
    </message>
    <message>
        <source>放映按键</source>
        <translation>Slide show keys</translation>
    </message>
    <message>
        <source>{name}（{width}×{height}）</source>
        <translation>{name} ({width}×{height})</translation>
    </message>
    <message>
        <source>放映结束，单击鼠标或按任意键退出</source>
        <translation>End of slide show. Click or press any key to exit.</translation>
    </message>
    <message>
        <source>第{number}张，共{count}张：{title}</source>
        <translation>Slide {number} of {count}: {title}</translation>
    </message>
    <message>
        <source>数据表已显示</source>
        <translation>Data table shown</translation>
    </message>
    <message>
        <source>数据表已隐藏</source>
        <translation>Data table hidden</translation>
    </message>
</context>
<context>
    <name>SlideView</name>
    <message>
        <source>谢谢</source>
        <translation>Thank you</translation>
    </message>
    <message>
        <source>第{number}部分</source>
        <translation>Part {number}</translation>
    </message>
    <message>
        <source>较{since}</source>
        <translation>vs. {since}</translation>
    </message>
    <message>
        <source>较上年</source>
        <translation>vs. last year</translation>
    </message>
    <message>
        <source>推算</source>
        <translation>derived</translation>
    </message>
    <message>
        <source>示意图</source>
        <translation>Illustration</translation>
    </message>
    <message>
        <source>示意图，原照片 {credit}</source>
        <translation>Illustration; original photo {credit}</translation>
    </message>
    <message>
        <source>图片无法显示</source>
        <translation>The image cannot be shown</translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message>
        <source>导语</source>
        <translation>Lead</translation>
    </message>
</context>
<context>
    <name>StatCard</name>
    <message>
        <source>原文：</source>
        <translation>Article: </translation>
    </message>
    <message>
        <source>推算：</source>
        <translation>Derived: </translation>
    </message>
    <message>
        <source>依据：</source>
        <translation>Based on: </translation>
    </message>
    <message>
        <source>在原文中显示</source>
        <translation>Show in article</translation>
    </message>
    <message>
        <source>已复制：{label}</source>
        <translation>Copied: {label}</translation>
    </message>
    <message>
        <source>较{since}</source>
        <translation>vs. {since}</translation>
    </message>
    <message>
        <source>较{since}{change}</source>
        <translation>{change} vs. {since}</translation>
    </message>
    <message>
        <source>较上年{change}</source>
        <translation>{change} vs. last year</translation>
    </message>
    <message>
        <source>较上年</source>
        <translation>YoY</translation>
    </message>
    <message>
        <source>推算</source>
        <translation>derived</translation>
    </message>
    <message>
        <source>原文未直接给出，由原文数字推算</source>
        <translation>Not stated in the article; derived from figures it states</translation>
    </message>
</context>
</TS>
