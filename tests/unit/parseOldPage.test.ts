import { readdirSync, readFileSync } from 'node:fs'

import { beforeAll, describe, expect, it } from 'vitest'

import { MAX_IMPORT_HTML_ELEMENTS } from '@/import/importLimits'
import { htmlToPageText } from '@/import/oldPageHtml'
import { imagePlaceholder } from '@/import/oldPageImages'
import { parseOldPage, type ParsedOldPage } from '@/import/parseOldPage'

const DIR = new URL('../fixtures/old-pages/', import.meta.url)

/** What a fixture page must give; `paragraphs`, when present, pins every paragraph. */
type Expected = Omit<ParsedOldPage, 'paragraphs'> & {
  paragraphCount: number
  bodyStart: string
  bodyEnd: string
  /** This page's own furniture and neighbouring articles, which must not reach the draft. */
  absent: string[]
  paragraphs?: string[]
}

/** Every page of the fixtures folder, as pasted text (.txt) or as the clipboard's HTML (.html). */
const pages = readdirSync(DIR)
  .filter((file) => /\.(txt|html)$/.test(file))
  .sort()

const read = (file: string): string => readFileSync(new URL(file, DIR), 'utf8')
const expectedFor = (file: string): Expected =>
  JSON.parse(read(file.replace(/\.(txt|html)$/, '.expected.json'))) as Expected
const parseFile = (file: string): ParsedOldPage =>
  parseOldPage(file.endsWith('.html') ? htmlToPageText(read(file)) : read(file))

/** Site text that must never reach an article, in both scripts. */
const FURNITURE = [
  '您所在的位置',
  '您现在的位置',
  '您現在的位置',
  '当前位置',
  '首页',
  '首頁',
  '正文',
  '>',
  '分享到',
  '微信',
  'QQ空间',
  '打印',
  '列印',
  '字号',
  '大 中 小',
  '关闭',
  '關閉',
  '收藏',
  '扫一扫',
  '掃一掃',
  '阅读量',
  '浏览次数',
  '瀏覽次數',
  '点击数',
  '點擊數',
  '我要评论',
  '网友评论',
  '我来说两句',
  '我來說兩句',
  '条评论',
  '條評論',
  '相关阅读',
  '相关新闻',
  '相關新聞',
  '相關閱讀',
  '排行',
  '上一篇',
  '下一篇',
  '纠错',
  '版权所有',
  '版權所有',
  'Copyright',
  '©',
  'ICP',
  '公网安备',
  '联系我们',
  '網站地圖',
  '网站地图',
  '违法和不良信息举报',
  '主办单位',
  '来源：',
  '來源：',
  '来源:',
  '责任编辑',
  '責任編輯',
  '发布时间',
  '發佈時間',
  '星期',
  '|',
  '??',
  '.jpg',
  '.png',
]

// The script converters load their dictionaries on first use: seconds on a busy machine, once per file.
beforeAll(() => void parseOldPage('預熱'), 60_000)

describe('parseOldPage on pasted portal pages', () => {
  it('has at least eighteen fixture pages, each with its expectations', () => {
    expect(pages.length).toBeGreaterThanOrEqual(18)
    for (const file of pages) expect(() => expectedFor(file), file).not.toThrow()
  })

  it.each(pages)('reads %s', (file) => {
    const parsed = parseFile(file)
    const expected = expectedFor(file)
    expect({
      title: parsed.title,
      publishedAt: parsed.publishedAt,
      source: parsed.source,
      reporters: parsed.reporters,
      responsibleEditor: parsed.responsibleEditor,
      dateline: parsed.dateline,
      script: parsed.script,
      images: parsed.images,
    }).toStrictEqual({
      title: expected.title,
      publishedAt: expected.publishedAt,
      source: expected.source,
      reporters: expected.reporters,
      responsibleEditor: expected.responsibleEditor,
      dateline: expected.dateline,
      script: expected.script,
      images: expected.images,
    })
    expect(parsed.paragraphs).toHaveLength(expected.paragraphCount)
    expect(parsed.paragraphs[0].startsWith(expected.bodyStart), parsed.paragraphs[0]).toBe(true)
    expect(parsed.paragraphs.at(-1)!.endsWith(expected.bodyEnd), parsed.paragraphs.at(-1)).toBe(true)
    if (expected.paragraphs) expect(parsed.paragraphs).toStrictEqual(expected.paragraphs)

    // Each picture stands where it was, once, as its placeholder; nothing else reads like one.
    const placeholders = parsed.paragraphs.filter((paragraph) => paragraph.startsWith('［图片：'))
    expect(placeholders).toStrictEqual(expected.images.map(imagePlaceholder))

    const prose = [parsed.title, ...parsed.paragraphs.filter((paragraph) => !placeholders.includes(paragraph))]
    for (const text of prose) {
      expect(text).toBe(text.trim())
      for (const word of [...FURNITURE, ...expected.absent]) {
        expect(text, `"${word}" left in "${text}"`).not.toContain(word)
      }
    }
  })

  it('reads a page pasted as HTML as it reads the same page pasted as text', () => {
    const fromHtml = parseOldPage(htmlToPageText(read('xinhua-clipboard.html')))
    const fromText = parseOldPage(read('xinhua-clipboard.txt'))
    expect(fromHtml).toStrictEqual(fromText)
  })
})

describe('htmlToPageText', () => {
  it('puts blocks and breaks on lines, table cells apart on one row, and decodes entities', () => {
    const html =
      '<div>甲&nbsp;乙</div><p>第一行<br>第二行</p><table><tr><td>来源：东南网</td><td>作者：林晓</td></tr></table>'
    expect(htmlToPageText(html).split('\n')).toStrictEqual([
      '甲\u00a0乙',
      '第一行',
      '第二行',
      '来源：东南网  作者：林晓',
    ])
  })

  it('drops what no reader sees and keeps a menu of links on one line', () => {
    const html = [
      '<head><title>标题_某网</title><style>p{}</style></head>',
      '<ul><li><a href="/">首页</a></li><li><a href="/a">要闻</a></li><li><a href="/b">福建</a></li></ul>',
      '<script>var a = "不见"</script><div style="display: none">评论模板</div><div hidden>弹窗</div>',
      '<select><option>友情链接</option></select><p>正文一段。</p>',
    ].join('')
    expect(htmlToPageText(html).split('\n')).toStrictEqual(['首页 | 要闻 | 福建', '正文一段。'])
  })

  it('turns pictures into their file names and leaves out icons, logos and QR codes', () => {
    const html = [
      '<img src="/images/logo.png"><img src="/i/share_wx.png" width="24">',
      '<p><img src="https://img.example.cn/2019/09/1739840045977849856_720px.jpg?x=1"></p>',
      '<img src="/images/qrcode.png" width="100"><img src="data:image/png;base64,AAAA">',
    ].join('')
    expect(htmlToPageText(html)).toBe('1739840045977849856_720px.jpg')
  })

  it('reads a paste nested as deep as the import takes without running out of stack', () => {
    const depth = MAX_IMPORT_HTML_ELEMENTS - 1
    const html = '<div>'.repeat(depth) + '<p>深处的一段。</p>' + '</div>'.repeat(depth)
    expect(htmlToPageText(html)).toBe('深处的一段。')
  }, 60_000)

  it('keeps links set side by side apart', () => {
    expect(htmlToPageText('<div><a>首页</a><a>新闻</a><a>图片</a></div>')).toBe('首页 新闻 图片')
  })
})

describe('parseOldPage on thin or broken input', () => {
  const nothing: ParsedOldPage = {
    title: '',
    publishedAt: null,
    source: null,
    reporters: [],
    responsibleEditor: null,
    dateline: null,
    paragraphs: [],
    images: [],
    script: 'simplified',
  }

  it('returns an empty draft for an empty string and for whitespace only', () => {
    expect(parseOldPage('')).toStrictEqual(nothing)
    expect(parseOldPage(' \n\t\r\n\u3000\u3000\n   ')).toStrictEqual(nothing)
  })

  it('returns an empty draft for a page that is all furniture', () => {
    const text = '首页 新闻 财经 体育\n您所在的位置：首页 > 新闻 > 正文\n分享到：微信 微博\n版权所有 东南网'
    expect(parseOldPage(text)).toStrictEqual(nothing)
  })

  it('still finds the title and paragraphs when there is no meta line', () => {
    const text = [
      '首页 新闻 财经 体育 福建',
      '您所在的位置：首页 > 福建 > 正文',
      '下党乡茶园认购持续升温',
      '今年春茶季，不少认购者在线上认领了下党乡的茶园。',
      '茶农说，管护费和分红让家里的收入稳当了许多。',
      '版权所有 东南网',
    ].join('\n')
    expect(parseOldPage(text)).toStrictEqual({
      ...nothing,
      title: '下党乡茶园认购持续升温',
      paragraphs: ['今年春茶季，不少认购者在线上认领了下党乡的茶园。', '茶农说，管护费和分红让家里的收入稳当了许多。'],
    })
  })

  it('takes the title from above the breadcrumb when there is no meta and the line below is prose', () => {
    const text = '赤溪村的民宿旺季\n首页 > 宁德 > 正文\n五一假期，赤溪村的民宿几乎天天客满。\n村民说，游客越来越多了。'
    expect(parseOldPage(text)).toStrictEqual({
      ...nothing,
      title: '赤溪村的民宿旺季',
      paragraphs: ['五一假期，赤溪村的民宿几乎天天客满。', '村民说，游客越来越多了。'],
    })
  })

  it('reads a body that opens with a date as prose, not as meta', () => {
    const text =
      '闽宁协作座谈会在福州召开\n来源：福建日报\n2020年11月5日，闽宁协作座谈会在福州召开。\n会议总结了今年的协作成果。'
    expect(parseOldPage(text)).toStrictEqual({
      ...nothing,
      title: '闽宁协作座谈会在福州召开',
      source: '福建日报',
      paragraphs: ['2020年11月5日，闽宁协作座谈会在福州召开。', '会议总结了今年的协作成果。'],
    })
  })

  it('detects a Traditional page even without meta, and keeps its script', () => {
    const parsed = parseOldPage('荔城區扶貧產品銷售創新高\n線上線下銷售額達到1438萬元。')
    expect(parsed.script).toBe('traditional')
    expect(parsed.title).toBe('荔城區扶貧產品銷售創新高')
    expect(parsed.paragraphs).toEqual(['線上線下銷售額達到1438萬元。'])
  })

  it('reads labels written without a colon on a Traditional meta line', () => {
    const text = [
      '海峽兩岸鄉村振興論壇在廈門舉行',
      '2019年9月21日 10:35　來源 海峽導報　責任編輯 陳怡君',
      '論壇吸引了兩岸三百多位基層幹部和青年創業者參加。',
    ].join('\n')
    const parsed = parseOldPage(text)
    expect(parsed).toMatchObject({
      title: '海峽兩岸鄉村振興論壇在廈門舉行',
      publishedAt: '2019-09-21T10:35:00+08:00',
      source: '海峽導報',
      responsibleEditor: '陳怡君',
      paragraphs: ['論壇吸引了兩岸三百多位基層幹部和青年創業者參加。'],
    })
  })

  it('ends the article at a ranking headed only in English', () => {
    const text = '茶园新景\n来源：闽东日报\n茶山一片新绿。\nTOP 10\n1 寿宁高山茶开采\n2 下党乡茶园认购'
    expect(parseOldPage(text).paragraphs).toEqual(['茶山一片新绿。'])
  })

  it('does not take 电商 or 电视 after a date for a wire dateline', () => {
    const parsed = parseOldPage('电商节开幕\n来源：东南网\n今年9月21日电商节在福州开幕，吸引了上百家企业参展。')
    expect(parsed.dateline).toBeNull()
  })

  it('keeps a photo credit with its picture rather than reading it as the byline', () => {
    const text = '茶园新景\n来源：闽东日报\n茶山一片新绿。\n20200422_tea.jpg\n记者 王欣然 摄\n茶农正在采茶。'
    const parsed = parseOldPage(text)
    expect(parsed.reporters).toEqual([])
    expect(parsed.paragraphs).toEqual([
      '茶山一片新绿。',
      '［图片：20200422_tea.jpg］',
      '记者 王欣然 摄',
      '茶农正在采茶。',
    ])
  })
})
