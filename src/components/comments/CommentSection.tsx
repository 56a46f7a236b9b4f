import { pageComments, type ShownComment } from '@/data/comments'
import { formatDateTime } from '@/lib/formatDate'
import type { CommentedCollection } from '@/workflow/commentRules'

import { CommentForm } from './CommentForm.client'
import { COMMENT_FORM_LABELS } from './commentLabels'
import './comments.css'

type PageProps = { relationTo: CommentedCollection; id: number | string }

const ANONYMOUS = '网友'

function CommentItem({ comment }: { comment: ShownComment }) {
  const name = comment.name || ANONYMOUS
  return (
    <li className="comment" id={`comment-${comment.id}`}>
      <p className="comment-meta">
        <span className="comment-name">{name}</span>{' '}
        <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
      </p>
      <p className="comment-body">{comment.body}</p>
      <button type="button" className="link-button" data-reply-to={String(comment.id)} data-reply-name={name}>
        回复
      </button>
      {comment.replies.length > 0 ? (
        <ol className="comment-replies">
          {comment.replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} />
          ))}
        </ol>
      ) : null}
    </li>
  )
}

/** "N 条评论" near a page's title, linking to its comments. */
export async function CommentCount({ relationTo, id }: PageProps) {
  const { total } = await pageComments({}, relationTo, id)
  return (
    <a className="comment-count" href="#comments">
      {total} 条评论
    </a>
  )
}

/** 我来说两句: the form and the page's approved comments with their replies. */
export async function CommentSection({ relationTo, id }: PageProps) {
  const { total, threads } = await pageComments({}, relationTo, id)
  return (
    <section className="comments" id="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">
        我来说两句 <span className="comment-total">（{total} 条评论）</span>
      </h2>
      <CommentForm relationTo={relationTo} id={id} labels={COMMENT_FORM_LABELS} />
      {threads.length > 0 ? (
        <ol className="comment-list">
          {threads.map((comment) => (
            <CommentItem key={comment.id} comment={comment} />
          ))}
        </ol>
      ) : (
        <p className="muted">还没有评论，欢迎发表您的看法。</p>
      )}
    </section>
  )
}
