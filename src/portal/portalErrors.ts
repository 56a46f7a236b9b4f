export type PortalError = { field?: string; message: string }

type ErrorData = { errors?: { message?: string; path?: string; field?: string }[] }

const chinese = /[\u4e00-\u9fff]/

export const UNEXPECTED = '保存失败，请稍后再试；如果一再出现，请联系活动编辑'

/**
 * What to show a unit when the API refuses: the Chinese text the refusal carries (house errors keep it in
 * `data.errors`), the field it concerns when known, and a plain Chinese sentence for anything else.
 */
export const portalErrors = (error: unknown, labels: Record<string, string> = {}): PortalError[] => {
  // Matched by shape, not by class or its name: bundlers may copy Payload's error classes and rename them.
  const refusal = error as { status?: number; message?: string; data?: ErrorData } | null
  if (typeof refusal?.status !== 'number') return [{ message: UNEXPECTED }]
  const entries = (refusal.data?.errors ?? []).flatMap((entry): PortalError[] => {
    const said = entry.message && chinese.test(entry.message) ? entry.message : null
    // A field refused by the collection's validation: named by its path, in the language of the request.
    if (entry.path) {
      const field = entry.path.split('.')[0]
      const label = labels[field]
      const message = said ?? '填写有误'
      return [{ field, message: label ? `${label}：${message}` : message }]
    }
    return said ? [{ field: entry.field, message: said }] : []
  })
  if (entries.length > 0) return entries
  if (refusal.message && chinese.test(refusal.message)) return [{ message: refusal.message }]
  if (refusal.status === 403 || refusal.status === 401) {
    return [{ message: '没有权限执行此操作：案例提交后不能再修改，请刷新页面查看当前状态' }]
  }
  if (refusal.status === 404) return [{ message: '没有找到这个案例，请返回“我的案例”重新打开' }]
  return [{ message: UNEXPECTED }]
}
