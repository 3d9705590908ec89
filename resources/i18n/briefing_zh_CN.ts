<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>界面与图表字体：Noto Sans CJK SC（思源黑体简体中文）子集，随本程序提供，依 SIL Open Font License 1.1 授权；版权归 Adobe 所有（保留字体名称 “Source”）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于本简报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据简报 {0} 版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}。每个数字均摘自原文，并保留其原句；标“推算”的数字由原文数字计算得出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本程序离线运行，不连接网络。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字体许可证…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>打开简报…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印讲义…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印幻灯片…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找下一个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找上一个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一部分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一部分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>浅色主题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>深色主题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>投影主题（高对比、大字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>红色表示上升（中国惯例）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>绿色表示上升</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缩小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实际大小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全屏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从头开始放映</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从当前部分放映</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上次放映的各张用时…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>投影（高对比、大字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>浅色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>深色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据问题列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>键盘快捷键</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于本简报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>语言 / Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放映(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放映屏幕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放映主题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制数字及出处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图片查看器：下一张图片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图片查看器：上一张图片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图片查看器：放大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图片查看器：缩小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图片查看器：适合窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（已不存在）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清除列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找栏：下一个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找栏：上一个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找栏：关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>演示者视图查找：下一个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>演示者视图查找：上一个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>演示者视图查找：放映跳到所在幻灯片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>演示者视图查找：关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>演示者视图：查找并跳到所在幻灯片</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>briefing：无法打开窗口，缺少系统库 {packages}。请安装：sudo apt install {packages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>briefing：无法连接到显示器（DISPLAY={display}）。请检查图形界面是否已启动、DISPLAY 是否正确；没有显示器时可用 briefing export --out 文件夹 导出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>briefing：无法打开窗口（Qt 无法加载图形平台插件）：{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据简报</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockView</name>
    <message>
        <source>收起{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>展开{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出图片…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制图片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制数据</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingExportDialog</name>
    <message>
        <source>导出整份简报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF：每张幻灯片一页（16:9，嵌入字体）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 讲义 PDF（文字、数字表、图表、图片和出处，可直接打印）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每个图表的 PNG 图片（1920×1080）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每个图表的 SVG 矢量图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部数字的表格（CSV，Excel 可直接打开）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿（全部数字，以及每个图表的数据）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerPoint / WPS 演示文稿（每张幻灯片一页，图表可编辑）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存到文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文字转为轮廓（没有中文字体的电脑也能正确显示）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出到文件夹</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingPptx</name>
    <message>
        <source>浅色虚线框：推算（由原文数字计算得出）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartChoice</name>
    <message>
        <source>要导出图片的图表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全不选</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>导出图片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文字转为轮廓（没有中文字体的电脑也能正确显示）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自定义</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尺寸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>倍率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分辨率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输出尺寸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>白色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>透明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主题色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>背景</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>包含图表标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>包含数据来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width} × {height} 像素，{cm_width} × {cm_height} 厘米（SVG 按 96 dpi）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width} × {height} 像素，{cm_width} × {cm_height} 厘米（{dpi} dpi）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG 的文字已转为轮廓：任何电脑上都显示正确，但文字不能再选中或修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG 把文字保存为文字：查看它的电脑需要有相应的中文字体。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 嵌入字体，是在任何电脑上都能正确显示中文的矢量格式。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG 没有透明背景，透明部分会填成白色。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>单位：{unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出或复制本图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{series}：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>推算：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原文：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>推算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{rank}位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} 数据表</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPlaceholder</name>
    <message>
        <source>图表加载中…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>invalid dataset: {count} problem</source>
        <translation>数据集无效：共 {count} 处问题</translation>
    </message>
    <message>
        <source>invalid dataset: {count} problems</source>
        <translation>数据集无效：共 {count} 处问题</translation>
    </message>
    <message>
        <source>warning: {line}</source>
        <translation>警告：{line}</translation>
    </message>
    <message>
        <source>valid: {source}: {sections} sections, {figures} figures ({derived} derived), {cards} cards, {charts} charts, {images} images</source>
        <translation>有效：{source}：{sections} 个部分，{figures} 个数字（其中推算 {derived} 个），{cards} 张卡片，{charts} 个图表，{images} 张图片</translation>
    </message>
    <message>
        <source>briefing export: --format names nothing to write; any of {known}</source>
        <translation>briefing export：--format 没有指定要导出的内容；可选 {known}</translation>
    </message>
    <message>
        <source>briefing draft: cannot read {path}: {reason}</source>
        <translation>briefing draft：无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>briefing draft: {path} is neither UTF-8 nor GB18030 text</source>
        <translation>briefing draft：{path} 既不是 UTF-8 也不是 GB18030 文本</translation>
    </message>
    <message>
        <source>briefing draft: {message}</source>
        <translation>briefing draft：{message}</translation>
    </message>
    <message>
        <source>drafted: {path}: {sections} sections, {figures} figures ({derived} derived), {cards} cards, {charts} charts; {skipped} numbers skipped, {unread} to check</source>
        <translation>已起草：{path}：{sections} 个部分，{figures} 个数字（其中推算 {derived} 个），{cards} 张卡片，{charts} 个图表；跳过 {skipped} 个数字，{unread} 个待核对</translation>
    </message>
    <message>
        <source>the list is also in {file}</source>
        <translation>清单也已写入 {file}</translation>
    </message>
    <message>
        <source>{sections} sections, {figures} figures ({derived} derived), {cards} cards, {charts} charts; {skipped} numbers skipped, {unread} to check</source>
        <translation>{sections} 个部分，{figures} 个数字（其中推算 {derived} 个），{cards} 张卡片，{charts} 个图表；跳过 {skipped} 个数字，{unread} 个待核对</translation>
    </message>
    <message>
        <source>to check: {number} in: {sentence} ({reason})</source>
        <translation>待核对：{number}，见：{sentence}（{reason}）</translation>
    </message>
    <message>
        <source>skipped: {number} in: {sentence} ({reason})</source>
        <translation>已跳过：{number}，见：{sentence}（{reason}）</translation>
    </message>
    <message>
        <source>briefing: no display (DISPLAY and WAYLAND_DISPLAY are unset), so the viewer cannot open; to export instead: briefing export --out DIR</source>
        <translation>briefing：没有显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置），无法打开窗口；可改用 briefing export --out 文件夹 导出</translation>
    </message>
    <message>
        <source>briefing: unexpected error: {error}</source>
        <translation>briefing：意外错误：{error}</translation>
    </message>
    <message>
        <source>a change with no figure it belongs to</source>
        <translation>找不到这一变化所属的数字</translation>
    </message>
    <message>
        <source>the validator refused it</source>
        <translation>未通过校验</translation>
    </message>
    <message>
        <source>{path} is not empty; nothing written (--force writes into it)</source>
        <translation>{path} 不是空文件夹，未写入任何内容（如需写入请使用 --force）</translation>
    </message>
    <message>
        <source>{path} is not a folder</source>
        <translation>{path} 不是文件夹</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>the draft does not validate: {problem}</source>
        <translation>草稿未通过校验：{problem}</translation>
    </message>
    <message>
        <source>no unit after the number</source>
        <translation>数字后没有单位</translation>
    </message>
    <message>
        <source>percentage points with no word saying up or down</source>
        <translation>百分点前没有表示升降的词</translation>
    </message>
    <message>
        <source>growth by a number of times: its factor is unclear</source>
        <translation>“增长…倍”：倍数含义不明确</translation>
    </message>
    <message>
        <source>the figure does not read back from its sentence</source>
        <translation>无法在原句中按原样找到该数字</translation>
    </message>
    <message>
        <source>a percentage in words (百分之…)</source>
        <translation>用汉字写的百分数（百分之…）</translation>
    </message>
    <message>
        <source>a minus sign after a word saying up or down (增长-2.3%): which way it went is unclear</source>
        <translation>表示升降的词后面跟着负号（增长-2.3%）：升降方向不明确</translation>
    </message>
    <message>
        <source>a number with a space inside it</source>
        <translation>数字中间有空格</translation>
    </message>
    <message>
        <source>a Chinese numeral running past 万 or 亿 (三万五千): read it whole</source>
        <translation>汉字数字跨过了万或亿（三万五千）：请按整体核对</translation>
    </message>
    <message>
        <source>a target or a bound (以上, 以内, 以下, 左右), not a result</source>
        <translation>目标或界限（以上、以内、以下、左右），不是实际结果</translation>
    </message>
    <message>
        <source>a change in words (增长两成)</source>
        <translation>用文字表示的变化（增长两成）</translation>
    </message>
    <message>
        <source>a change against a year in words since cannot state (同2020年相比), not the year before</source>
        <translation>与某一年比较、且 since 无法表示的变化（同2020年相比），不是与上年比较</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>part of a title in 《》</source>
        <translation>书名号《》中的名称</translation>
    </message>
    <message>
        <source>part of a name in quotation marks</source>
        <translation>引号中的名称</translation>
    </message>
    <message>
        <source>a document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>a code (it starts with 0)</source>
        <translation>编码（以 0 开头）</translation>
    </message>
    <message>
        <source>a list ordinal</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>an ordinal (第…)</source>
        <translation>序数（第…）</translation>
    </message>
    <message>
        <source>the size of a ranking list (前50, 500强)</source>
        <translation>榜单规模（前50、500强）</translation>
    </message>
    <message>
        <source>part of a range (3—5)</source>
        <translation>范围的一端（3—5）</translation>
    </message>
    <message>
        <source>part of a ratio (3.5∶49.2∶47.3)</source>
        <translation>比例中的一项（3.5∶49.2∶47.3）</translation>
    </message>
    <message>
        <source>part of a name (5G, 2.0版, 1+2, 三次产业)</source>
        <translation>名称的一部分（5G、2.0版、1+2、三次产业）</translation>
    </message>
    <message>
        <source>a category (六类以上)</source>
        <translation>类别（六类以上）</translation>
    </message>
    <message>
        <source>a plan period (十四五)</source>
        <translation>规划期（十四五）</translation>
    </message>
    <message>
        <source>in a heading or the title</source>
        <translation>在标题或题目中</translation>
    </message>
    <message>
        <source>the article has no text</source>
        <translation>原文没有文字</translation>
    </message>
</context>
<context>
    <name>ConsoleFind</name>
    <message>
        <source>查找数字或文字，回车跳到所在幻灯片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {n} 张 · {label}：{words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 个结果</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetWarnings</name>
    <message>
        <source>本简报有 {0} 处缺失，已用占位图代替：{1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>打开内置简报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开其他简报…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在打开简报…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开简报“{0}”：共 {1} 处问题。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>出现了意外问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刚才的操作没有完成：{0}。简报和其他功能可以继续使用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>详细信息已记录在 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制详情</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>已取消导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法设置 PDF 页面大小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法生成 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知的主题 “{theme}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图片尺寸无效：{width}×{height}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图片太大：{width}×{height}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分辨率无效：{dpi} dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法生成图片：内存不足</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法编码图片（{kind}）：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不支持的格式“{name}”：请使用 PNG、JPEG、SVG 或 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不支持的格式“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有选择要导出的内容；可选 {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不支持的格式：{unknown}；可选 {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}（A4讲义）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有选择要导出的图表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有这些图表：{unknown}；可选 {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法创建文件夹 {folder}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>磁盘已满</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>磁盘配额已满</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有写入权限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件夹是只读的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件夹不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件名太长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件名无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已有同名的文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>路径中有一段是文件而不是文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>符号链接循环</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入 {path}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} 等 {count} 个文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} 已存在；未覆盖（需要覆盖时请确认，或使用 --force）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每页幻灯片数只能是 {choices}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>正在导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>简报还在导出。要停止导出并关闭窗口吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停止后，这次导出已写入的文件会被删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停止导出并关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>继续导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已复制图片：{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已复制数据：{title}（可粘贴到 Excel、WPS 或 Word）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图表已保存到 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出整份简报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在写入 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出已取消，没有留下任何文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已写入 {0} 个文件到 {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件已存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以下文件已存在，要覆盖吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开文件夹 {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>数据来源：《{title}——{subtitle}》，{publisher}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据来源：《{title}》，{publisher}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据来源：{publisher}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>较上年{change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>较{since}{change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>增长{amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下降{amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>增加{amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>减少{amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提高{amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>持平</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提升{amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为上年的{amount}倍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为{since}的{amount}倍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>推算：{formula}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>推算，依据：{sentences}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}，{value}，{change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}，{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sentence}（推算）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共{count}项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{series}最高为{top}（{top_value}），最低为{bottom}（{bottom_value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{series}最好为{top}（{top_value}），最差为{bottom}（{bottom_value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{series}：{top}{top_value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parts}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>数据卡片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>演讲备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找数字、文字、图注、备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一个（Shift+F3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一个（F3 或回车）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭查找（Esc）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无结果</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>表中数字均摘自原文，每个数字的原句列在各部分末尾的“出处”中；标“推算”的数字由原文数字计算得出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法开始打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法开始新的一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {page} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {page} 页，共 {count} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出处</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagePanel</name>
    <message>
        <source>文件不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件过大（{size} MB，最多 {limit} MB）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取文件（{error}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不是文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>符号链接循环</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有读取权限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件名太长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>读取出错</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件是空的（0 字节）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图片已损坏（{detail}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图片过大（{width}×{height}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图片已损坏（压缩数据无效）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG 文件过大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG 过于复杂（超过 {count} 个元素）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG 引用了外部文件或网址，为安全起见不予显示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG 内嵌的图片层数过多</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图片已损坏（SVG 第 {line} 行不是格式正确的 XML）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG 声明了外部或嵌套的实体，为安全起见不予显示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图片已损坏（文件不完整）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图片已损坏（校验和不符）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>格式不受支持</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不是可识别的图片（{detail}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>示意图，原照片 {credit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图片无法显示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有可显示的图片文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>示意图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← → 上一张 / 下一张，+ − 缩放，0 还原，Esc 或单击任意处关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ − 缩放，0 还原，Esc 或单击任意处关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <source>字体许可证：SIL Open Font License 1.1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveReload</name>
    <message>
        <source>已重新载入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据没有问题</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>放映</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开简报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>简报数据 (briefing.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>窗口中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放映中（及演示者视图中）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <source>演示者视图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已用时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暂停</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交换屏幕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本张用时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一张</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本张备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本部分备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导语</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}（快捷键 {key}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {n} / {total} 张</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（最后一张）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（本页无备注）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有一个屏幕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已用时间（已暂停）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已超时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>剩余时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}（已暂停）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划用时：倒计时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不倒计时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划 {minutes} 分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>继续</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注字号加大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注字号减小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上次放映的各张用时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {count} 张，用时 {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>幻灯片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用时</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintFlow</name>
    <message>
        <source>打印预览：A4 讲义</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每页 {count} 张</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每页幻灯片数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印预览：幻灯片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内存不足</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>幻灯片：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打印</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>the path holds a NUL character</source>
        <translation>路径中含有 NUL 字符</translation>
    </message>
    <message>
        <source>the path holds an invisible character ({code})</source>
        <translation>路径中含有不可见字符（{code}）</translation>
    </message>
    <message>
        <source>{path!r} is not a relative path with &apos;/&apos; separators</source>
        <translation>{path!r} 不是以 &apos;/&apos; 分隔的相对路径</translation>
    </message>
    <message>
        <source>{path!r} leaves the dataset folder with &apos;..&apos;</source>
        <translation>{path!r} 用 &apos;..&apos; 离开了数据集文件夹</translation>
    </message>
    <message>
        <source>the path is a loop of symbolic links that names no file</source>
        <translation>路径是循环的符号链接，不指向任何文件</translation>
    </message>
    <message>
        <source>the path cannot be used: {reason}</source>
        <translation>路径无法使用：{reason}</translation>
    </message>
    <message>
        <source>{path!r} leads outside the dataset folder (to {target})</source>
        <translation>{path!r} 指向数据集文件夹之外（{target}）</translation>
    </message>
    <message>
        <source>the checks stopped after {count} problems</source>
        <translation>发现 {count} 个问题后检查已停止</translation>
    </message>
    <message>
        <source>{passage!r} is not in the article</source>
        <translation>{passage!r} 不在原文中</translation>
    </message>
    <message>
        <source>its exact words</source>
        <translation>原文的原话</translation>
    </message>
    <message>
        <source>{words!r} is not a heading of the article</source>
        <translation>{words!r} 不是原文的标题</translation>
    </message>
    <message>
        <source>the heading&apos;s exact words</source>
        <translation>标题的原话</translation>
    </message>
    <message>
        <source>duplicate id {id!r}</source>
        <translation>id {id!r} 重复</translation>
    </message>
    <message>
        <source>an id not used at {place}</source>
        <translation>未在 {place} 用过的 id</translation>
    </message>
    <message>
        <source>paragraph starting {start!r} is not the article&apos;s text</source>
        <translation>以 {start!r} 开头的段落与原文不符</translation>
    </message>
    <message>
        <source>the article&apos;s words, line breaks removed</source>
        <translation>原文的文字，去掉换行</translation>
    </message>
    <message>
        <source>card {card!r} is not a figure here</source>
        <translation>卡片 {card!r} 不是本部分的数据项</translation>
    </message>
    <message>
        <source>an id of a figure</source>
        <translation>某个数据项的 id</translation>
    </message>
    <message>
        <source>card {card!r} twice</source>
        <translation>卡片 {card!r} 出现了两次</translation>
    </message>
    <message>
        <source>each once</source>
        <translation>每张只出现一次</translation>
    </message>
    <message>
        <source>a qualifier as printed</source>
        <translation>与原文一致的修饰词</translation>
    </message>
    <message>
        <source>a figure needs either a quote (stated) or a derivation (computed), not both</source>
        <translation>数据项要么有引文（原文所述），要么有推算（计算得出），不能两者都有</translation>
    </message>
    <message>
        <source>a figure needs either a quote (stated) or a derivation (computed), not neither</source>
        <translation>数据项要么有引文（原文所述），要么有推算（计算得出），不能两者都没有</translation>
    </message>
    <message>
        <source>exactly one of &apos;quote&apos; and &apos;derived&apos;</source>
        <translation>恰好有 &apos;quote&apos; 和 &apos;derived&apos; 之一</translation>
    </message>
    <message>
        <source>the figure has no value</source>
        <translation>这个数字没有数值</translation>
    </message>
    <message>
        <source>a value, or a change alone when the sentence states only the change (比上年增长3.6%)</source>
        <translation>一个数值；原句只给出变化时（比上年增长3.6%），可只写变化</translation>
    </message>
    <message>
        <source>the header&apos;s exact words</source>
        <translation>表头的原文</translation>
    </message>
    <message>
        <source>the header {header!r} does not print {unit!r}</source>
        <translation>表头 {header!r} 中没有单位 {unit!r}</translation>
    </message>
    <message>
        <source>the unit the header prints</source>
        <translation>表头中写明的单位</translation>
    </message>
    <message>
        <source>{header!r} is not the unit line of the table the quote is in</source>
        <translation>{header!r} 不是所引那一行所在表格的单位行</translation>
    </message>
    <message>
        <source>the nearest unit line (单位：…) above the quoted row</source>
        <translation>所引那一行上方最近的单位行（单位：…）</translation>
    </message>
    <message>
        <source>{printed!r} does not print the value {value}</source>
        <translation>{printed!r} 写的不是数值 {value}</translation>
    </message>
    <message>
        <source>the value in digits or Chinese numerals</source>
        <translation>用阿拉伯数字或中文数字写出的该数值</translation>
    </message>
    <message>
        <source>the quote holds a line break</source>
        <translation>引文中有换行</translation>
    </message>
    <message>
        <source>one line</source>
        <translation>一行</translation>
    </message>
    <message>
        <source>quote starting {start!r} is not in the article</source>
        <translation>以 {start!r} 开头的引文不在原文中</translation>
    </message>
    <message>
        <source>a sentence of the article, verbatim</source>
        <translation>原文中的一句话，一字不差</translation>
    </message>
    <message>
        <source>quote starting {start!r} is printed at over {count} places</source>
        <translation>以 {start!r} 开头的引文在原文中出现超过 {count} 处</translation>
    </message>
    <message>
        <source>a sentence the article prints once or a few times</source>
        <translation>原文中只出现一次或几次的句子</translation>
    </message>
    <message>
        <source>quote starting {start!r} is only part of a sentence</source>
        <translation>以 {start!r} 开头的引文只是句子的一部分</translation>
    </message>
    <message>
        <source>the whole sentence, from its start to its full stop</source>
        <translation>完整的一句话，从句首到句号</translation>
    </message>
    <message>
        <source>the quote does not state {token!r}</source>
        <translation>引文中没有写到 {token!r}</translation>
    </message>
    <message>
        <source>the figure as its sentence prints it</source>
        <translation>与所在句子写法一致的数字</translation>
    </message>
    <message>
        <source>the quote does not state the change {token!r}</source>
        <translation>引文中没有写到变化 {token!r}</translation>
    </message>
    <message>
        <source>the change as its sentence prints it</source>
        <translation>与所在句子写法一致的变化</translation>
    </message>
    <message>
        <source>{token!r} does not mean a factor of {factor}</source>
        <translation>{token!r} 的意思不是 {factor} 倍</translation>
    </message>
    <message>
        <source>the factor the words mean (翻了一番 is 2)</source>
        <translation>这些字所表示的倍数（翻了一番为 2）</translation>
    </message>
    <message>
        <source>the quote compares {token!r} with {base}, not the year before</source>
        <translation>原句把 {token!r} 与 {base} 比较，而不是与上年比较</translation>
    </message>
    <message>
        <source>since: the year it is compared with, as printed</source>
        <translation>since：原句中比较的年份，按原文写</translation>
    </message>
    <message>
        <source>the quote does not compare {token!r} with {since!r}</source>
        <translation>原句没有把 {token!r} 与 {since!r} 比较</translation>
    </message>
    <message>
        <source>the year its clause names (比2020年…)</source>
        <translation>该分句中写明的年份（比2020年…）</translation>
    </message>
    <message>
        <source>the quote does not say whether {token!r} went up or down</source>
        <translation>原句没有说明 {token!r} 是增加还是减少</translation>
    </message>
    <message>
        <source>a word such as 增长, 提升, 下降 or 持平 before it in its clause</source>
        <translation>在它所在分句中、它之前有“增长”“提升”“下降”或“持平”等词</translation>
    </message>
    <message>
        <source>the quote says {token!r} rose, but the stored amount is {amount}</source>
        <translation>原句说 {token!r} 是增加，但存储的变化量为 {amount}</translation>
    </message>
    <message>
        <source>the quote says {token!r} fell, but the stored amount is {amount}</source>
        <translation>原句说 {token!r} 是减少，但存储的变化量为 {amount}</translation>
    </message>
    <message>
        <source>the quote says {token!r} stayed the same, but the stored amount is {amount}</source>
        <translation>原句说 {token!r} 持平，但存储的变化量为 {amount}</translation>
    </message>
    <message>
        <source>a negative amount for a better place (提升10位 is -10)</source>
        <translation>名次提升时为负数（提升10位即 -10）</translation>
    </message>
    <message>
        <source>the sign the sentence gives (下降 is negative, 持平 is 0)</source>
        <translation>与原句一致的正负号（下降为负，持平为 0）</translation>
    </message>
    <message>
        <source>arithmetic over the inputs</source>
        <translation>只用输入项的四则运算</translation>
    </message>
    <message>
        <source>the formula uses {used} but the inputs are {inputs}</source>
        <translation>公式用到 {used}，但输入项是 {inputs}</translation>
    </message>
    <message>
        <source>one input for each name in the formula</source>
        <translation>公式中的每个名称各对应一个输入项</translation>
    </message>
    <message>
        <source>{reference!r} is not a stated figure</source>
        <translation>{reference!r} 不是原文所述的数据项</translation>
    </message>
    <message>
        <source>the id of a figure with a quote</source>
        <translation>带引文的数据项的 id</translation>
    </message>
    <message>
        <source>{id!r} has no change</source>
        <translation>{id!r} 没有变化值</translation>
    </message>
    <message>
        <source>a figure with a change</source>
        <translation>带变化值的数据项</translation>
    </message>
    <message>
        <source>{id!r} states only a change</source>
        <translation>{id!r} 只给出了变化，没有数值</translation>
    </message>
    <message>
        <source>{id!r}.change, or a figure with a value</source>
        <translation>{id!r}.change，或一个有数值的数字</translation>
    </message>
    <message>
        <source>a formula that can be computed</source>
        <translation>可以计算的公式</translation>
    </message>
    <message>
        <source>{formula} gives a number too large to compare</source>
        <translation>{formula} 算出的数太大，无法比较</translation>
    </message>
    <message>
        <source>inputs of ordinary size</source>
        <translation>大小正常的输入项</translation>
    </message>
    <message>
        <source>stored {stored} but {formula} gives {result}</source>
        <translation>记录的值为 {stored}，但 {formula} 算得 {result}</translation>
    </message>
    <message>
        <source>the value the formula gives, rounded to the stored decimals</source>
        <translation>公式算出的值，按记录的小数位数四舍五入</translation>
    </message>
    <message>
        <source>grouped bars with one series</source>
        <translation>分组柱状图只有一个数据系列</translation>
    </message>
    <message>
        <source>two or more</source>
        <translation>两个或更多</translation>
    </message>
    <message>
        <source>one axis cannot compare figures in {units}: they differ</source>
        <translation>一条坐标轴无法比较单位不同的数字（{units}）</translation>
    </message>
    <message>
        <source>figures of one unit in a chart: split it by unit, or show them as cards</source>
        <translation>同一图表中的数字单位相同：按单位拆分图表，或改为卡片</translation>
    </message>
    <message>
        <source>{values} values for {categories} categories</source>
        <translation>{categories} 个类别却有 {values} 个值</translation>
    </message>
    <message>
        <source>one value per category</source>
        <translation>每个类别一个值</translation>
    </message>
    <message>
        <source>{id!r} is not a figure here</source>
        <translation>{id!r} 不是本部分的数据项</translation>
    </message>
    <message>
        <source>an id</source>
        <translation>一个 id</translation>
    </message>
    <message>
        <source>{id!r} is in {unit!r}, the chart in {chart_unit!r}</source>
        <translation>{id!r} 的单位是 {unit!r}，而图表的单位是 {chart_unit!r}</translation>
    </message>
    <message>
        <source>the chart&apos;s unit</source>
        <translation>图表的单位</translation>
    </message>
    <message>
        <source>{id!r} is not a rank</source>
        <translation>{id!r} 不是排名</translation>
    </message>
    <message>
        <source>figures where lower is better</source>
        <translation>越低越好的数据项</translation>
    </message>
    <message>
        <source>only a composition has a total</source>
        <translation>只有构成图（kind 为 composition）才有 total</translation>
    </message>
    <message>
        <source>kind composition, or no total</source>
        <translation>kind 为 composition，或去掉 total</translation>
    </message>
    <message>
        <source>{id!r} is only a change, which a {kind} chart cannot draw</source>
        <translation>{id!r} 只有变化，没有数值，{kind} 图表无法画出</translation>
    </message>
    <message>
        <source>a figure with a value, or bars of changes in % or in 个百分点</source>
        <translation>有数值的数字，或以 % 或个百分点表示的变化的柱形图</translation>
    </message>
    <message>
        <source>the chart compares a change ({change!r}) with a level ({level!r})</source>
        <translation>图表把变化（{change!r}）和数值（{level!r}）放在一起比较</translation>
    </message>
    <message>
        <source>only changes, or only levels</source>
        <translation>只放变化，或只放数值</translation>
    </message>
    <message>
        <source>{category!r} does not name one year</source>
        <translation>{category!r} 不是一个年份</translation>
    </message>
    <message>
        <source>a year, such as 2020年</source>
        <translation>一个年份，如 2020年</translation>
    </message>
    <message>
        <source>the years are not in order</source>
        <translation>年份没有按先后排列</translation>
    </message>
    <message>
        <source>each year once, the earliest first</source>
        <translation>每个年份一次，从早到晚</translation>
    </message>
    <message>
        <source>{id!r} is a figure of {year}, under {category!r}</source>
        <translation>{id!r} 是 {year} 年的数字，却放在 {category!r} 下</translation>
    </message>
    <message>
        <source>the figure of that year</source>
        <translation>那一年的数字</translation>
    </message>
    <message>
        <source>parts in {unit!r} with no total</source>
        <translation>各部分的单位是 {unit!r}，却没有给出总量</translation>
    </message>
    <message>
        <source>the id of the figure the parts add up to</source>
        <translation>各部分加起来等于的那个数字的 id（total）</translation>
    </message>
    <message>
        <source>a part of {value} is negative</source>
        <translation>有一部分是 {value}，为负数</translation>
    </message>
    <message>
        <source>parts of zero or more</source>
        <translation>不小于 0 的各部分</translation>
    </message>
    <message>
        <source>the parts add up to {total}, but the whole is {whole}</source>
        <translation>各部分加起来是 {total}，总量却是 {whole}</translation>
    </message>
    <message>
        <source>parts that add up to the whole within rounding; state a rest the article does not print as a derived figure (其他)</source>
        <translation>在四舍五入误差内加起来等于总量的各部分；原文没有给出的剩余部分，作为推算数字（其他）列出</translation>
    </message>
    <message>
        <source>the caption is not in the article</source>
        <translation>图片说明不在原文中</translation>
    </message>
    <message>
        <source>the caption as printed</source>
        <translation>与原文一致的图片说明</translation>
    </message>
    <message>
        <source>a file inside the dataset folder</source>
        <translation>数据集文件夹内的文件</translation>
    </message>
    <message>
        <source>image file {file!r} is not a file</source>
        <translation>图片路径 {file!r} 指向的不是文件</translation>
    </message>
    <message>
        <source>image file {file!r} is missing</source>
        <translation>图片文件 {file!r} 不存在</translation>
    </message>
    <message>
        <source>image file {file!r} cannot be read: {reason}</source>
        <translation>图片文件 {file!r} 无法读取：{reason}</translation>
    </message>
    <message>
        <source>a file at {target}</source>
        <translation>位于 {target} 的文件</translation>
    </message>
    <message>
        <source>qualifier {qualifier!r} must hold one … between its words</source>
        <translation>修饰词 {qualifier!r} 的文字之间须有且只有一个 …</translation>
    </message>
    <message>
        <source>the unit {unit!r} must be the end of the qualifier {qualifier!r}</source>
        <translation>单位 {unit!r} 须是修饰词 {qualifier!r} 的末尾</translation>
    </message>
    <message>
        <source>unknown qualifier {qualifier!r}; expected one of {known} or a form like 第…位</source>
        <translation>未知的修饰词 {qualifier!r}；应为 {known} 之一，或“第…位”这样的形式</translation>
    </message>
    <message>
        <source>unexpected element in formula {formula!r}</source>
        <translation>公式 {formula!r} 中有意外的成分</translation>
    </message>
    <message>
        <source>cannot read the formula {formula!r}: {reason}</source>
        <translation>无法读取公式 {formula!r}：{reason}</translation>
    </message>
    <message>
        <source>the formula {formula!r} may only use numbers, names, + - * / and parentheses</source>
        <translation>公式 {formula!r} 只能使用数字、名称、+ - * / 和括号</translation>
    </message>
    <message>
        <source>the formula {formula!r} holds a constant that is not a number</source>
        <translation>公式 {formula!r} 中有不是数字的常量</translation>
    </message>
    <message>
        <source>the formula uses {name!r}, which is not an input</source>
        <translation>公式用到的 {name!r} 不是输入项</translation>
    </message>
    <message>
        <source>the formula {formula!r} divides by zero</source>
        <translation>公式 {formula!r} 除以了零</translation>
    </message>
    <message>
        <source>{file!r} is not a regular file</source>
        <translation>{file!r} 不是普通文件（管道、设备或套接字不予读取）</translation>
    </message>
    <message>
        <source>the file is {size} MB</source>
        <translation>文件大小为 {size} MB</translation>
    </message>
    <message>
        <source>at most {limit} MB</source>
        <translation>至多 {limit} MB</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>a dataset folder holding briefing.json, or the file</source>
        <translation>含有 briefing.json 的数据集文件夹，或该文件本身</translation>
    </message>
    <message>
        <source>this is a folder without briefing.json</source>
        <translation>这个文件夹里没有 briefing.json</translation>
    </message>
    <message>
        <source>a dataset folder</source>
        <translation>数据集文件夹</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>无法读取：{reason}</translation>
    </message>
    <message>
        <source>not UTF-8: byte 0x{byte} at offset {offset}</source>
        <translation>不是 UTF-8 编码：偏移 {offset} 处的字节 0x{byte}</translation>
    </message>
    <message>
        <source>not JSON: {reason} at line {line} column {column}</source>
        <translation>不是 JSON：第 {line} 行第 {column} 列，{reason}</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>一个 JSON 对象</translation>
    </message>
    <message>
        <source>nested too deeply to read</source>
        <translation>嵌套太深，无法读取</translation>
    </message>
    <message>
        <source>a number with thousands of digits</source>
        <translation>数字长达数千位</translation>
    </message>
    <message>
        <source>numbers of ordinary size</source>
        <translation>大小正常的数</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>嵌套太深</translation>
    </message>
    <message>
        <source>got {value}</source>
        <translation>实际为 {value}</translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation>有限的数</translation>
    </message>
    <message>
        <source>key {key!r} appears twice</source>
        <translation>键 {key!r} 出现了两次</translation>
    </message>
    <message>
        <source>each key once</source>
        <translation>每个键只出现一次</translation>
    </message>
    <message>
        <source>the article file is too large</source>
        <translation>原文文件太大</translation>
    </message>
    <message>
        <source>at most {limit} bytes</source>
        <translation>至多 {limit} 字节</translation>
    </message>
    <message>
        <source>the article file {file!r} is missing</source>
        <translation>原文文件 {file!r} 不存在</translation>
    </message>
    <message>
        <source>the article text</source>
        <translation>原文文本</translation>
    </message>
    <message>
        <source>the article file is not UTF-8</source>
        <translation>原文文件不是 UTF-8 编码</translation>
    </message>
    <message>
        <source>the article cannot be read: {reason}</source>
        <translation>无法读取原文：{reason}</translation>
    </message>
    <message>
        <source>a readable file</source>
        <translation>可以读取的文件</translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation>以 UTF-8 编码的文本</translation>
    </message>
    <message>
        <source>at most {depth} levels</source>
        <translation>至多 {depth} 层</translation>
    </message>
    <message>
        <source>a valid string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>text without lone surrogate characters</source>
        <translation>不含孤立代理字符的文本</translation>
    </message>
    <message>
        <source>a valid integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number of ordinary size</source>
        <translation>大小正常的数</translation>
    </message>
    <message>
        <source>a valid boolean</source>
        <translation>布尔值 true 或 false</translation>
    </message>
    <message>
        <source>a valid list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>an id: lower-case letters, digits and hyphens, starting with a letter or digit, at most 64 characters</source>
        <translation>一个 id：小写字母、数字和连字符，以字母或数字开头，至多 64 个字符</translation>
    </message>
    <message>
        <source>a name: a lower-case letter, then at most 15 letters, digits or underscores</source>
        <translation>名称：一个小写字母，后接至多 15 个字母、数字或下划线</translation>
    </message>
    <message>
        <source>a figure id, or a figure id followed by &apos;.change&apos;</source>
        <translation>数据项的 id，或数据项的 id 后加 &apos;.change&apos;</translation>
    </message>
    <message>
        <source>unknown key {key!r}</source>
        <translation>未知的键 {key!r}</translation>
    </message>
    <message>
        <source>only the keys {keys}</source>
        <translation>以下键之一：{keys}</translation>
    </message>
    <message>
        <source>no other keys</source>
        <translation>没有其他键</translation>
    </message>
    <message>
        <source>missing item {index}</source>
        <translation>缺少索引 {index} 处的项</translation>
    </message>
    <message>
        <source>missing key {key!r}</source>
        <translation>缺少键 {key!r}</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>一个值</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>至少 {count} 个字符</translation>
    </message>
    <message>
        <source>at least one character</source>
        <translation>至少一个字符</translation>
    </message>
    <message>
        <source>at most {count} characters</source>
        <translation>至多 {count} 个字符</translation>
    </message>
    <message>
        <source>at least {count} items</source>
        <translation>至少 {count} 项</translation>
    </message>
    <message>
        <source>at least one item</source>
        <translation>至少一项</translation>
    </message>
    <message>
        <source>the briefing has {count} paragraphs</source>
        <translation>简报共有 {count} 个段落</translation>
    </message>
    <message>
        <source>at most {limit} paragraphs in the whole briefing</source>
        <translation>整个简报至多 {limit} 个段落</translation>
    </message>
    <message>
        <source>the briefing has {count} figures</source>
        <translation>简报共有 {count} 个数字</translation>
    </message>
    <message>
        <source>at most {limit} figures in the whole briefing</source>
        <translation>整个简报至多 {limit} 个数字</translation>
    </message>
    <message>
        <source>the briefing has {count} cards</source>
        <translation>简报共有 {count} 张卡片</translation>
    </message>
    <message>
        <source>at most {limit} cards in the whole briefing</source>
        <translation>整个简报至多 {limit} 张卡片</translation>
    </message>
    <message>
        <source>the briefing has {count} charts</source>
        <translation>简报共有 {count} 个图表</translation>
    </message>
    <message>
        <source>at most {limit} charts in the whole briefing</source>
        <translation>整个简报至多 {limit} 个图表</translation>
    </message>
    <message>
        <source>the briefing has {count} images</source>
        <translation>简报共有 {count} 张图片</translation>
    </message>
    <message>
        <source>at most {limit} images in the whole briefing</source>
        <translation>整个简报至多 {limit} 张图片</translation>
    </message>
    <message>
        <source>got a list of {count} items</source>
        <translation>实际为含 {count} 项的列表</translation>
    </message>
    <message>
        <source>got an object of {count} keys</source>
        <translation>实际为含 {count} 个键的对象</translation>
    </message>
    <message>
        <source>at most {count} items</source>
        <translation>至多 {count} 项</translation>
    </message>
    <message>
        <source>greater than or equal to {count}</source>
        <translation>大于或等于 {count}</translation>
    </message>
    <message>
        <source>less than or equal to {count}</source>
        <translation>小于或等于 {count}</translation>
    </message>
    <message>
        <source>{choices} or {last}</source>
        <translation>{choices} 或 {last}</translation>
    </message>
    <message>
        <source>text matching the pattern {pattern}</source>
        <translation>符合模式 {pattern} 的文本</translation>
    </message>
    <message>
        <source>{file}: {path}: {message}</source>
        <translation>{file}: {path}: {message}</translation>
    </message>
    <message>
        <source>{line}; expected {expected}</source>
        <translation>{line}；应为{expected}</translation>
    </message>
    <message>
        <source>and {count} more problems, not listed</source>
        <translation>另有 {count} 个问题未列出</translation>
    </message>
    <message>
        <source>got the string {text!r}</source>
        <translation>实际为字符串 {text!r}</translation>
    </message>
    <message>
        <source>got null</source>
        <translation>实际为 null</translation>
    </message>
    <message>
        <source>got true</source>
        <translation>实际为 true</translation>
    </message>
    <message>
        <source>got false</source>
        <translation>实际为 false</translation>
    </message>
    <message>
        <source>got the number {number}</source>
        <translation>实际为数字 {number}</translation>
    </message>
    <message>
        <source>got an object</source>
        <translation>实际为对象</translation>
    </message>
    <message>
        <source>got a list</source>
        <translation>实际为列表</translation>
    </message>
    <message>
        <source>got a value of type {kind}</source>
        <translation>实际为 {kind} 类型的值</translation>
    </message>
    <message>
        <source>got a string {text!r}</source>
        <translation>实际为字符串 {text!r}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a finite number (not NaN or infinity)</source>
        <translation>有限的数（不能是 NaN 或无穷大）</translation>
    </message>
    <message>
        <source>got a number of too many digits</source>
        <translation>数字的位数太多</translation>
    </message>
    <message>
        <source>at most {digits} digits before the point and {digits} after it</source>
        <translation>小数点前至多 {digits} 位，小数点后至多 {digits} 位</translation>
    </message>
    <message>
        <source>figure {figure!r} has notes but is not a card, so no slide shows them</source>
        <translation>数据项 {figure!r} 有备注，但它不是卡片，没有哪张幻灯片会显示这些备注</translation>
    </message>
    <message>
        <source>notes on a card&apos;s figure, or on the section</source>
        <translation>备注写在卡片的数据项上，或写在本部分上</translation>
    </message>
    <message>
        <source>image file {file!r} cannot be shown: {reason}</source>
        <translation>图片文件 {file!r} 无法显示：{reason}</translation>
    </message>
    <message>
        <source>a picture that opens (PNG, JPEG, WebP or SVG)</source>
        <translation>能打开的图片（PNG、JPEG、WebP 或 SVG）</translation>
    </message>
</context>
<context>
    <name>ProblemsBox</name>
    <message>
        <source>无法打开简报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}”未通过校验，共 {1} 处问题。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}”未通过校验，共 {1} 处问题。当前简报保持打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开内置简报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开其他简报…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>还有 {0} 处问题未列出：briefing validate 列出全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已复制到剪贴板：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据有 {0} 处问题：窗口中仍是上次有效的简报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据有 {0} 处问题，简报无法显示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}”：在编辑器中改正并保存，简报会自动重新载入。双击或按回车复制一行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>位置（行:列）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON 路径</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>导语</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本部分原文</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>键盘快捷键</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按键</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Show</name>
    <message>
        <source>下一张</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单击</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>滚轮向下</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一张</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>右键单击</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>滚轮向上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一张；先输入编号再按它，跳到该张</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第一张</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最后一张</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束放映（翻页笔的放映键）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>黑屏（任意键返回）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>白屏（任意键返回）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部幻灯片：方向键和回车或单击，选一张</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图表页：显示 / 隐藏数据表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示 / 隐藏页码和进度条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>演示者视图：打开 / 关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本按键列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭黑屏、网格或列表；再按结束放映</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>激光笔：打开 / 关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>画笔：按住左键在幻灯片上书写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>箭头：收起画笔和激光笔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>擦除本张的全部墨迹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放大鼠标所指之处：2 倍，再按 3 倍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放大时：方向键移动，Esc 或 0 复原，- 缩小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放映</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放映按键</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（{width}×{height}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放映结束，单击鼠标或按任意键退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{number}张，共{count}张：{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据表已显示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据表已隐藏</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlideView</name>
    <message>
        <source>谢谢</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{number}部分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>较{since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>较上年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>推算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>示意图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>示意图，原照片 {credit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图片无法显示</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message>
        <source>导语</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatCard</name>
    <message>
        <source>原文：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>推算：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依据：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在原文中显示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已复制：{label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>较{since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>较{since}{change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>较上年{change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>较上年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>推算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原文未直接给出，由原文数字推算</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
