/** Shown while an editor has not yet approved a self-registered unit. */
export function PendingNotice() {
  return (
    <div className="notice pending-notice" role="status">
      <strong>单位注册尚待审核</strong>
      <p>活动编辑审核通过后，即可提交案例。在此之前可以先填写案例、上传材料并保存草稿。</p>
    </div>
  )
}
