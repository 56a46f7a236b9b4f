import type { Challenge } from 'altcha-lib'

import { solveProof } from '@/proofOfWork/solve'

import type { RestClient, RestOptions } from './rest'

export type CommentedPage = { relationTo: 'articles' | 'topics' | 'case-submissions'; value: number | string }

/** A proof of work for one comment on a page, as the comment form gets it, through the route handlers. */
export const commentProof = async (rest: RestClient, page: CommentedPage) => {
  const res = await rest.get(`/comments/challenge?purpose=comment&relationTo=${page.relationTo}&id=${page.value}`)
  if (res.status !== 200) throw new Error(`challenge: ${res.status} ${JSON.stringify(res.data)}`)
  const proof = await solveProof(res.data as Challenge)
  if (!proof) throw new Error('no answer to the proof-of-work challenge')
  return proof
}

/** A reader's comment as the comment form posts it: a fresh proof for the page, then the form. */
export const postComment = async (
  rest: RestClient,
  page: CommentedPage,
  form: Record<string, unknown>,
  options: RestOptions = {},
) => rest.post('/comments/submit', { ...options, json: { ...form, page, proof: await commentProof(rest, page) } })
