/**
 * The words of the comment form, handed from the server as props: a Traditional page is converted as a whole, props
 * included, while text written inside a client component would stay Simplified and break hydration.
 */
export const COMMENT_FORM_LABELS = {
  body: '评论内容',
  bodyHint: '文明上网，理性发言。评论经审核后显示。',
  name: '昵称（选填）',
  submit: '发表评论',
  replyingTo: '回复',
  cancelReply: '取消回复',
  checking: '正在进行自动验证，请稍候…',
  pending: '评论已提交，审核通过后显示。',
  published: '评论已发表。',
  check: '请检查填写的内容',
  failed: '提交失败，请稍后再试',
  offline: '网络异常，请稍后再试',
}

export type CommentFormLabels = typeof COMMENT_FORM_LABELS
