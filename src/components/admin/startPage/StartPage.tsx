import type { Payload, TypedUser } from 'payload'

import { hasRole } from '@/access/roles'

import { EditorStart } from './EditorStart'
import { ReviewerStart } from './ReviewerStart'
import './startPage.css'

type Props = { payload: Payload; user?: TypedUser | null }

/**
 * What each role sees first in the admin, above Payload's collection cards: the editor the current campaign, today's
 * figures and the editorial calendar; a reviewer what is assigned and left to score; a unit the way to its portal.
 */
export async function StartPage({ payload, user }: Props) {
  if (!user) return null
  if (hasRole(user, 'admin', 'editor')) return <EditorStart payload={payload} user={user} />
  if (hasRole(user, 'reviewer')) return <ReviewerStart payload={payload} user={user} />
  return (
    <section className="start-page" aria-label="工作台">
      <div className="start-page__panel">
        <h2 className="start-page__title">申报单位</h2>
        <p>
          案例的填写、提交与修改请到<a href="/submit">案例申报门户</a>办理，那里列出本单位的案例和需要处理的事项。
        </p>
      </div>
    </section>
  )
}
