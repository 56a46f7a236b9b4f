import { scores, type CaseSeed } from './caseSeed'

const PROPOSE = '综合专家评分和网络推荐结果，列为拟入选案例，进入公示。'

/**
 * Cases past screening: on the shortlist (scored and in the public vote), in publicity, or not selected. Figures
 * are those the coverage reports; where a unit gives its own round figure, the text says so.
 */
export const decidedCases: CaseSeed[] = [
  {
    title: '“三保合一”筑牢防线：永安医保兜底防止因病返贫',
    type: '政策指导',
    region: '350481',
    image: 'clinic',
    unit: 'unitA',
    summary:
      '永安在三明医改框架下落实城镇职工医保、城镇居民医保和新农合“三保合一”，统一经办、统一政策，并为脱贫人口建立多重保障衔接的报销机制，防止因病致贫返贫。',
    body: [
      '因病致贫、因病返贫，是脱贫攻坚中最难啃的“硬骨头”之一。',
      '三明市把城镇职工医保、城镇居民医保和新农合合并管理，统一经办、统一报销政策。永安在此基础上，为建档立卡贫困人口衔接基本医保、大病保险和医疗救助，层层减轻看病负担。',
      '群众看病实行“一站式”结算，不再在几个部门之间来回跑；医保部门定期筛查大额医疗费用，对有返贫风险的家庭提前介入帮扶。',
    ],
    keyFigures: [{ label: '整合的医保制度', value: 3, unit: '项' }],
    history: [
      { to: 'submitted', by: 'submitter', daysAgo: 27 },
      { to: 'shortlisted', by: 'reviewer2', daysAgo: 18 },
    ],
    reviews: {
      reviewer: {
        scores: scores(8, 7, 8, 8),
        comment: '制度设计完整，兜底效果明确，可推广性强；建议补充近年的报销数据。',
      },
      reviewer2: { scores: scores(8, 6, 8, 7), comment: '政策指导类的典型，创新点主要在经办整合，材料可再精炼。' },
    },
    votes: 74,
  },
  {
    title: '村企结对跨山海：福清对口帮扶通渭的“结对＋项目”模式',
    type: '创新模式',
    region: '621121',
    image: 'loessTerraces',
    unit: 'fuqing',
    summary:
      '福清市对口帮扶甘肃通渭，动员本市54个村和105家企业与通渭198个贫困村结对，投入帮扶资金2.217335亿元、实施项目426个；2020年11月，通渭退出贫困县序列。',
    body: [
      '福清地处东南沿海，通渭位于陇中旱塬，两地相隔千山万水。',
      '福清把结对帮扶落到村、落到企业：全市54个村、105家企业与通渭198个贫困村结成对子，村与村交流发展经验，企业与村共建产业项目。',
      '帮扶资金向产业、就业和基础设施倾斜，共投入2.217335亿元，实施项目426个。2020年11月，通渭县退出贫困县序列。',
    ],
    keyFigures: [
      { label: '帮扶资金', value: 22173.35, unit: '万元' },
      { label: '帮扶项目', value: 426, unit: '个' },
      { label: '结对贫困村', value: 198, unit: '个' },
    ],
    history: [
      { to: 'submitted', by: 'submitter', daysAgo: 28 },
      { to: 'shortlisted', by: 'reviewer', daysAgo: 17 },
    ],
    reviews: {
      reviewer: { scores: scores(9, 8, 9, 9), comment: '结对机制清晰，数据翔实，是东西部协作的代表性案例。' },
      reviewer2: { scores: scores(9, 8, 8, 8), comment: '村企结对的做法可复制，建议补充产业项目后续运营的情况。' },
    },
    votes: 117,
  },
  {
    title: '62个贫困村的脱贫答卷：连城县退出贫困县序列',
    type: '扶贫经验',
    region: '350825',
    image: 'harvest',
    unit: 'longyan',
    summary:
      '连城地处闽西革命老区。县里以产业扶贫为主抓手，借助福清对口协作补齐短板，2020年4月退出贫困县序列，62个贫困村、6100户14530名贫困人口实现脱贫。',
    body: [
      '连城地处闽西革命老区，山多地少，产业基础薄弱。',
      '县里把产业扶贫作为主抓手，结合福清的对口协作，引进企业、建设产业基地，带动贫困户务工增收、入股分红；同时补齐村道、饮水和住房等短板。',
      '2020年4月，连城县退出贫困县序列，62个贫困村、6100户14530名贫困人口实现脱贫。',
    ],
    keyFigures: [
      { label: '脱贫人口', value: 14530, unit: '人' },
      { label: '脱贫户', value: 6100, unit: '户' },
      { label: '贫困村', value: 62, unit: '个' },
    ],
    history: [
      { to: 'submitted', by: 'submitter', daysAgo: 25 },
      { to: 'shortlisted', by: 'reviewer', daysAgo: 16 },
    ],
    reviews: {
      reviewer: { scores: scores(7, 6, 8, 7), comment: '成效数据完整，但做法描述偏概括，缺少有辨识度的具体举措。' },
      reviewer2: { scores: scores(8, 6, 7, 7), comment: '老区县脱贫的代表，可补充产业项目的带贫机制。' },
    },
    votes: 158,
  },
  {
    title: '把论文写在闽北大地上：南平科技特派员制度的二十年',
    type: '政策指导',
    region: '350700',
    image: 'forest',
    unit: 'nanping',
    summary:
      '科技特派员制度发源于南平，至今已有二十多年。科技人员常驻乡村，与农民结成利益共同体，把技术、信息和市场带到田间地头，成为科技助力脱贫的一项制度创新。',
    body: [
      '科技特派员制度发源于南平，至今已有二十多年。',
      '南平从农业、林业等部门和高校、科研院所选派科技人员进驻乡村，为农户和合作社提供技术服务；科技特派员可以技术入股、领办创办经营实体，与农民风险共担、利益共享。',
      '这项制度把科研成果直接送到山区，带动了茶叶、食用菌、竹业等特色产业发展，也为贫困村培养了一批懂技术、会经营的带头人。',
    ],
    keyFigures: [{ label: '制度实施', value: 20, unit: '余年' }],
    history: [
      { to: 'submitted', by: 'submitter', daysAgo: 29 },
      { to: 'shortlisted', by: 'reviewer', daysAgo: 21 },
      { to: 'proposed', by: 'editor', daysAgo: 3, comment: PROPOSE },
    ],
    reviews: {
      reviewer: { scores: scores(9, 9, 8, 9), comment: '制度创新的源头案例，影响深远，推广价值高。' },
      reviewer2: { scores: scores(10, 9, 8, 9), comment: '典型性突出，建议在正文中增加近年助力脱贫的实例。' },
    },
    votes: 104,
    objections: [
      {
        name: '陈先生',
        contact: 'reader-chen@example.com',
        reason: '案例提到科技特派员带动了多个特色产业，希望补充具体的村和合作社名称，便于核实。',
        filedAfterDays: 1,
      },
    ],
  },
  {
    title: '从东海之滨到陇中旱塬：福清挂职干部在通渭的扶贫日子',
    type: '人物事迹',
    region: '621121',
    image: 'loessTerraces',
    unit: 'fuqing',
    summary:
      '福清市选派干部到通渭挂职。这名干部走遍结对村，摸清各村所需，再回福清牵线企业到通渭办扶贫车间、收购农产品，把两地的结对关系落实为一个个具体项目。',
    body: [
      '刚到通渭时，他最不习惯的是缺水：当地十年九旱，不少村子靠收集雨水过日子。',
      '他用几个月时间跑遍结对的贫困村，摸清每个村缺什么、能干什么，再回福清找企业、找市场：有的企业在通渭办起扶贫车间，有的长期收购当地的小杂粮和中药材。',
      '挂职期满时，他说通渭已经是自己的“第二故乡”。（应本人要求，文中隐去姓名）',
    ],
    keyFigures: [],
    history: [
      { to: 'submitted', by: 'submitter', daysAgo: 27 },
      { to: 'shortlisted', by: 'reviewer2', daysAgo: 19 },
      { to: 'proposed', by: 'editor', daysAgo: 3, comment: PROPOSE },
    ],
    reviews: {
      reviewer: { scores: scores(8, 7, 8, 7), comment: '人物形象鲜活，细节真实，体现了东西部协作中挂职干部的作用。' },
      reviewer2: { scores: scores(8, 8, 7, 7), comment: '故事性强，建议补充帮扶项目的成效。' },
    },
    votes: 85,
  },
  {
    title: '一朵建莲的“订单路”：建宁莲子合作社带农户闯市场',
    type: '创新模式',
    region: '350430',
    image: 'lotusPond',
    unit: 'jianning',
    summary:
      '建宁以建莲为特色产业，合作社统一供种、统一技术指导、统一收购，通过电商和订单把莲子卖向全国，带动种莲农户增收。',
    body: [
      '建宁是“建莲”的产地，种莲是许多山区农户的传统营生。',
      '当地一家合作社与农户签订收购订单，统一供种、统一技术指导、统一加工包装，再通过电商平台和商超渠道销售，减少了中间环节。申报材料称，该合作社是全县首家开展莲子电商销售的合作社。',
      '合作社优先吸收脱贫户入社，并在采莲、剥莲的农忙季节提供临时岗位。据申报单位统计，入社农户约300户。',
    ],
    keyFigures: [{ label: '入社农户（单位统计）', value: 300, unit: '户' }],
    history: [
      { to: 'submitted', by: 'submitter', daysAgo: 28 },
      { to: 'shortlisted', by: 'reviewer', daysAgo: 20 },
      { to: 'proposed', by: 'editor', daysAgo: 13, comment: PROPOSE },
      {
        to: 'not-selected',
        by: 'editor',
        daysAgo: 8,
        comment: '公示期间收到异议，经核实，案例中“全县首家开展莲子电商销售”的表述与事实不符，异议成立，改为未入选。',
      },
    ],
    reviews: {
      reviewer: { scores: scores(7, 7, 7, 7), comment: '特色产业带贫的路径清楚，但创新性一般。' },
      reviewer2: { scores: scores(8, 7, 7, 8), comment: '订单农业做法成熟，有推广价值。' },
    },
    votes: 55,
    objections: [
      {
        name: '黄女士',
        contact: 'huang-reader@example.com',
        reason:
          '案例称该合作社是“全县首家开展莲子电商销售的合作社”，据我了解，县里另有合作社更早在网上销售莲子，请核实。',
        filedAfterDays: 2,
        decision: {
          status: 'upheld',
          reason: '经向县农业农村部门核实，另有合作社更早开展莲子电商销售，案例相关表述不实，异议成立。',
        },
      },
    ],
  },
  {
    title: '天山脚下的“闽昌情”：援疆干部帮昌吉农产品走进福建',
    type: '人物事迹',
    region: '652301',
    image: 'tianshan',
    unit: 'changji',
    recommendedBy: '福建省对口支援新疆昌吉州前方指挥部',
    summary:
      '福建自1999年起对口支援昌吉，先后选派7批共1001名援疆干部人才。本案例讲述援疆干部牵线两地市场，帮助昌吉农户把特色农产品卖进福建的故事。',
    body: [
      '福建对口支援新疆昌吉州始于1999年，先后选派7批援疆干部人才共1001名，“十三五”期间投入援疆资金21.63亿元。',
      '援疆干部到任后发现，当地特色农产品品质好，却苦于销路。他们联系福建的商超和电商平台，组织产销对接，让昌吉的农产品走上福建百姓的餐桌。',
      '在援疆干部的带动下，越来越多的农户学会了按订单种植、按标准分拣包装。',
    ],
    keyFigures: [
      { label: '援疆干部人才', value: 1001, unit: '名' },
      { label: '“十三五”援疆资金', value: 21.63, unit: '亿元' },
    ],
    history: [
      { to: 'submitted', by: 'submitter', daysAgo: 26 },
      { to: 'shortlisted', by: 'reviewer2', daysAgo: 17 },
      { to: 'not-selected', by: 'editor', daysAgo: 4, comment: '综合专家评分与网络推荐结果，排名未进入拟入选范围。' },
    ],
    reviews: {
      reviewer: {
        scores: scores(6, 6, 6, 7),
        comment: '背景数据充实，但对人物着墨不多，作为人物事迹类案例典型性不足。',
      },
      reviewer2: { scores: scores(7, 5, 6, 6), comment: '建议聚焦一两名援疆干部的具体事迹。' },
    },
    votes: 34,
  },
]
