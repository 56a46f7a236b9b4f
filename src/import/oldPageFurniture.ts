/**
 * Portal furniture: the parts of a pasted page that belong to the site, not the article. Every pattern is written
 * against the matching form of a line (Simplified, half-width), so one list serves both scripts.
 */

/** `skip` lines are dropped where they stand; `end` lines close the article (everything after is site matter). */
export type Furniture = 'skip' | 'end'

/** Sentence punctuation (in matching form, so half-width): real prose has it, menus and widgets do not. */
const PROSE = /[。!?;,]/

/** A widget or menu is a short line; long lines are prose even if they mention 打印 or 收藏. */
const isShort = (match: string, limit = 40): boolean => match.length <= limit && !PROSE.test(match)

/** Widgets may carry a comma ("扫一扫，关注我们") but never end a sentence. */
const isWidgetLength = (match: string): boolean => match.length <= 40 && !/[。!?;]/.test(match)

const BREADCRUMB_LEAD = /(您|你)?(所在|现在|当前)的?位置|当前位置|所在位置/
const BREADCRUMB_ARROWS = /[>›»→]/g

/** "您所在的位置：首页 > 新闻 > 正文", or a bare chain of short steps like "首页 > 福建 > 正文". */
export const isBreadcrumb = (match: string): boolean => {
  if (BREADCRUMB_LEAD.test(match) && match.length <= 80) return true
  const steps = match.split(BREADCRUMB_ARROWS)
  return steps.length >= 3 && steps.every((step) => step.trim().length <= 10)
}

/** Menu words of news portals; a line made mostly of them is navigation. */
const MENU_WORDS = new Set(
  (
    '首页 新闻 新闻中心 财经 体育 娱乐 科技 教育 文化 旅游 房产 汽车 健康 时政 社会 国内 国际 军事 图片 视频 专题 ' +
    '评论 福建 本地 地方 要闻 民生 论坛 博客 直播 生活 美食 招聘 公益 政务 县域 海峡 台湾 两岸 乡村振兴 扶贫 ' +
    '脱贫攻坚 登录 注册 手机版 客户端 数字报 电子报 读报 原创 滚动 热点 时评 理论 党建 法治 经济 农业 三农 ' +
    '微信 微博 QQ空间 朋友圈 抖音 快讯 资讯 动态 通知 公告 互动 服务 更多 英文 繁体 简体'
  ).split(' '),
)

/** "首页 | 新闻 | 财经", or "首页 新闻 财经 体育" where most words are known menu words. */
const isNavigation = (match: string): boolean => {
  if (!isShort(match, 120)) return false
  if (/[|｜]/.test(match)) {
    const items = match.split(/[|｜]/).map((item) => item.trim())
    return items.length >= 2 && items.every((item) => item.length <= 10)
  }
  const words = match.split(/[\s·•]+/).filter(Boolean)
  if (words.length < 3 || words.some((word) => word.length > 8)) return false
  const known = words.filter((word) => MENU_WORDS.has(word)).length
  return known >= 2 && known * 2 >= words.length
}

/**
 * Share, print, font-size, favourite and paging widgets, follow-us and app boxes, report and tag bars, and the
 * portal's date-and-weekday bar.
 */
const WIDGET =
  /分享(到|至|给|本|让|按钮)|^分享$|一键转发|打印|列印|字号|字体[:\s]|字体$|(^|\s)A[+-](\s|$)|[【\[]\s*大\s*中\s*小\s*[】\]]|^大\s*中\s*小$|收藏|关闭窗口|关闭视窗|关闭本页|^关闭$|返回顶部|返回首页|^返回$|推荐给(好友|朋友)|复制链接|扫一扫|扫码|二维码|手机看|手机(上)?(打开|阅读|浏览)|关注我们|官方(微信|微博)|下载\s*(APP|客户端)|(APP|客户端)\s*下载|^(订阅|登录|注册)(\s|$)|\s(登录|注册)$|我要举报|^举报$|报料(电话|邮箱|热线|:)|查看更多|纠错|点击数|点击量|浏览次数|阅读数|阅读量|^正文$|^\+\d*$|^(#\S+\s*)+$|星期[一二三四五六日天]/

/** Comment links and counters inside a page; a comment box's heading ends the article (see END_HEADING). */
const COMMENT_LINK = /查看评论|参与评论|参与互动|参与讨论|评论\s*\(\s*\d+|\d+\s*条评论|已有\s*\d+\s*人(参与|评论)|跟帖/

/** 上一篇 / 下一篇 link to other articles, often under titles too long for a widget line; they close the article. */
const NEIGHBOUR_LINK = /^[【\[]?(上一篇|下一篇|上一条|下一条|上篇|下篇)/

/**
 * Headings of related-reading boxes, rankings and comment boxes: what follows them is other articles or readers'
 * words. Portals often print an English word beside the heading ("热点排行 HOT").
 */
const END_HEADING =
  /^[【\[]?\s*(相关阅读|相关新闻|相关链接|相关报道|相关文章|相关文档|相关稿件|延伸阅读|推荐阅读|热点推荐|热门推荐|编辑推荐|为你推荐|为您推荐|今日推荐|猜你喜欢|更多新闻|热门文章|热门新闻|热点新闻|热新闻|往期回顾|精彩推荐|图片新闻|精彩图片|阅读排行|点击排行|热点排行|热门排行|新闻排行|排行榜|24小时排行|一周排行|网友评论|热门评论|最新评论|全部评论|网友跟帖|我来说两句|我要评论|发表评论|我要留言|已有\s*\d+\s*条评论)/

/** "热点排行 HOT": the English beside a heading does not count against its shortness. */
const withoutLatin = (match: string): string => match.replace(/[A-Za-z][A-Za-z\s&/-]*$/, '').trim()

/** English headings of the same boxes, on portals that print only those ("TOP 10", "HOT NEWS", "RELATED"). */
const ENGLISH_END_HEADING =
  /^(top\s*\d*|hot(\s+news)?|rank(ing)?s?|related(\s+news)?|more\s+news|recommend(ed|ation)?s?|latest(\s+news)?|comments?)\s*[>»]*$/i

/** Section words in English ("NEWS", "PHOTO", "More>>") and separators with no Chinese at all. */
const NO_CHINESE = /^[^\p{Script=Han}]{1,30}$/u

/** Footer marks unmistakable anywhere in a line (spaces removed: "版 权 所 有"). */
const FOOTER_STRONG =
  /版权所有|copyright|©|ICP备|ICP证|公网安备|违法和不良信息举报|互联网新闻信息服务许可|网站标识码|政府网站找错/i

/** Footer marks that are also ordinary words, trusted only on short lines. */
const FOOTER_WEAK =
  /联系我们|网站地图|关于我们|广告服务|免责声明|本站声明|网站声明|法律声明|主办单位|承办单位|^主办\s*:|^承办\s*:|技术支持\s*:|建议使用.{0,20}分辨率|设为首页|加入收藏|未经.{0,6}(授权|许可).{0,12}(转载|复制|镜像|使用)|不代表本(站|网)|本网站所刊载/

export const classifyFurniture = (match: string): Furniture | null => {
  if (isShort(withoutLatin(match), 16) && END_HEADING.test(match)) return 'end'
  if (ENGLISH_END_HEADING.test(match)) return 'end'
  if (FOOTER_STRONG.test(match.replace(/\s+/g, ''))) return 'end'
  if (match.length <= 60 && FOOTER_WEAK.test(match)) return 'end'
  if (match.length <= 100 && NEIGHBOUR_LINK.test(match)) return 'end'
  if (isBreadcrumb(match) || isNavigation(match)) return 'skip'
  if (isWidgetLength(match) && (WIDGET.test(match) || COMMENT_LINK.test(match))) return 'skip'
  if (NO_CHINESE.test(match)) return 'skip'
  return null
}
