/**
 * The words of the case page's vote button and objection form, handed from the server page as props: a Traditional
 * page is converted as a whole, props included, while text written inside a client component would stay Simplified
 * and break hydration.
 */
export const VOTE_LABELS = {
  button: '为该案例投票',
  count: '当前票数：',
  checking: '正在进行自动验证，请稍候…',
  done: '投票成功，感谢您的支持！',
  failed: '投票失败，请稍后再试',
  offline: '网络异常，请稍后再试',
}

export const OBJECTION_LABELS = {
  name: '姓名',
  contact: '联系方式（电子邮箱或电话）',
  reason: '异议理由',
  submit: '提交异议',
  checking: '正在进行自动验证，请稍候…',
  done: '您的异议已提交，我们将依规核实处理。',
  check: '请检查填写的内容',
  failed: '提交失败，请稍后再试',
  offline: '网络异常，请稍后再试',
}

export type VoteLabels = typeof VOTE_LABELS
export type ObjectionLabels = typeof OBJECTION_LABELS
