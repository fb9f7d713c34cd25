/**
 * The Chinese interface dictionary. It is the reference shape: `en.ts` must provide every key
 * (see `Dict` in `./index.ts`), so a missing translation fails the type check.
 * Figures never appear here; they are rendered from the datasets.
 */
export const zh = {
  site: {
    name: "搬出大山之后",
    tagline: "黔西南州易地扶贫搬迁与“后半篇文章”数据报道",
    description:
      "黔西南州 2016—2020 年易地扶贫搬迁及其后续扶持（学校、医院、就业、社区治理）的双语数据新闻网站。每个数字都链接到公开来源的原文。",
  },
  nav: {
    label: "主导航",
    home: "首页",
    stories: "报道",
    map: "地图",
    charts: "图表",
    data: "数据",
    sources: "来源",
    about: "关于",
    skip: "跳到正文",
    switchLang: "English",
    switchLangLabel: "Read this page in English",
  },
  footer: {
    licences: "许可",
    code: "代码：MIT 许可",
    data: "数据：CC BY 4.0（引文归原出版者所有）",
    texts: "来源原文的版权属于其出版者；本站只作简短引用并注明出处。",
    corrections: "发现错误？",
    correctionsLink: "告诉我们",
    noTracking: "本站不使用统计、广告或第三方字体，页面不会向其他网站发出请求。",
  },
  home: {
    title: "搬出大山之后",
    lead: "2016 年至 2020 年，贵州黔西南州把数十万人从石漠化的喀斯特山区搬进城镇。搬迁只是“前半篇文章”；学校、医院、就业和新社区的组织，才是决定人们能否“稳得住、能脱贫”的“后半篇文章”。",
    whoTitle: "这个网站为谁而做",
    whoReaders: "读者：用中文或英文读懂这次搬迁，手机上也快，不开 JavaScript 也能读。",
    whoJournalists: "记者：可直接嵌入的图表，附来源和许可说明。",
    whoResearchers: "研究者：可下载的数据集，每个数字都带原文引语和可信度等级。",
    promise: "我们只发布公开来源明确写出的数字；来源之间不一致的地方，我们并列展示；来源没有说的，我们直说“不知道”。",
    routes: "从这里开始",
  },
  about: {
    title: "关于本站",
    description: "本站是什么、数据怎么来、如何引用、许可以及如何报告错误。",
    whatTitle: "本站是什么",
    what: "这是一个关于黔西南州易地扶贫搬迁及其后续扶持的独立数据新闻网站，以简体中文和英文发布。起点是刘义 2020 年 11 月 30 日的文章《脱贫答卷写奇迹——黔西南州做好易地扶贫搬迁“后半篇文章”》，并补充了其他公开来源。",
    methodTitle: "数字从哪里来",
    method:
      "网站上的每个数字都来自“来源”页列出的公开文本，并记录了原文引语和原文写法。构建网站时程序会核对：原文写法必须出现在引语中，并且能换算成所存的数值。不一致的来源并列展示，可信度为 C 的来源标注等级，X 级来源不发布。",
    licenceTitle: "许可",
    licenceCode: "网站代码以 MIT 许可发布。",
    licenceData: "我们整理的数据以 CC BY 4.0 许可发布：可自由使用，请注明出处。",
    licenceTexts: "数据中的原文引语及其所属文章的版权归原出版者所有；我们只作简短引用并注明出处。",
    citeTitle: "如何引用",
    cite: "引用本站时请写明网站名称、页面标题、网址和访问日期。各数据集页面提供可复制的引用格式（BibTeX、RIS、CSL-JSON）。",
    correctionsTitle: "报告错误",
    corrections:
      "如果您发现数字、引语或译文有误，请在项目代码库提交 issue，注明页面地址、有误之处以及支持更正的公开来源。我们会核实、更正，并在数据更新记录中注明。",
    embedTitle: "嵌入图表",
    embed: "每个图表页面都提供嵌入代码（iframe、可自动调整高度的脚本，以及不含脚本的图片版本），并附来源与许可说明。",
  },
  notFound: {
    title: "找不到这个页面",
    description: "您要找的页面不存在或已移动。",
    body: "这个地址没有对应的页面。可能是链接有误，或者页面已经移动。",
    home: "返回首页",
  },
  common: {
    language: "语言",
  },
} as const;
