import { RefreshOnSave } from './RefreshOnSave.client'

/** Shown only in draft mode, so an editor never mistakes a preview for the published page. */
export function PreviewBar() {
  return (
    <div className="preview-bar" role="status">
      草稿预览 · Draft preview <a href="/preview/exit">退出预览</a>
      <RefreshOnSave />
    </div>
  )
}
