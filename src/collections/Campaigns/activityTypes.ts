export const ACTIVITY_TYPES = {
  'case-call': ['案例征集', 'Case call'],
  'livestream-tour': ['直播带货行', 'Livestream tour'],
  'media-tour': ['媒体行', 'Media tour'],
  interviews: ['人物访谈', 'Interviews'],
  'public-ads': ['公益广告', 'Public-interest ads'],
  exhibition: ['展览', 'Exhibition'],
  forum: ['论坛', 'Forum'],
} as const

/** The case types a call offers unless the campaign says otherwise. */
export const DEFAULT_CASE_TYPES = ['政策指导', '扶贫经验', '人物事迹', '创新模式']
