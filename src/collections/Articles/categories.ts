export const ARTICLE_CATEGORIES = {
  headline: ['要闻', 'Headlines'],
  poverty: ['脱贫攻坚', 'Poverty alleviation'],
  livestream: ['直播带货', 'Livestream sales'],
  cases: ['典型案例', 'Case studies'],
  cooperation: ['东西部协作', 'East–west cooperation'],
  people: ['人物', 'People'],
  photo: ['图片', 'Photos'],
  video: ['视频', 'Video'],
  commentary: ['评论', 'Commentary'],
} as const
