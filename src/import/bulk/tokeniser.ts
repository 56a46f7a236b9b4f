import { Worker } from 'node:worker_threads'

import { indexTokens, tokenString } from '@/search/tokenize'

/**
 * Search tokens for a batch of texts. Tokenising is the largest single cost of importing an article (jieba and the
 * character pairs of 2,000 characters take about as long as writing all of the article's rows), so it runs in a
 * worker thread: it overlaps the batch's database writes and uses a second core. The worker runs src/search's own
 * tokeniser (TypeScript, loaded through tsx, which runs the project's scripts); where no worker can start, the
 * tokens are made in this thread, the same tokens more slowly.
 */
export type Tokeniser = { tokens: (texts: string[]) => Promise<string[]>; close: () => Promise<void> }

const inThisThread: Tokeniser = {
  tokens: async (texts) => texts.map((text) => tokenString(indexTokens(text))),
  close: async () => undefined,
}

const WORKER_MODULE = new URL('./tokenWorker.ts', import.meta.url).href
const workerSource =
  "import('tsx/esm/api').then(({ register }) => { register(); " + `return import(${JSON.stringify(WORKER_MODULE)}) })`

type Reply = { id: number; tokens: string[] } | { ready: true }

/** A tokeniser in a worker thread once it has loaded the dictionary; in this thread if it cannot start. */
export const startTokeniser = async (): Promise<Tokeniser> => {
  let worker: Worker
  try {
    worker = new Worker(workerSource, { eval: true })
  } catch {
    return inThisThread
  }
  const waiting = new Map<number, { resolve: (tokens: string[]) => void; reject: (error: Error) => void }>()
  let failure: Error | null = null
  const started = await new Promise<boolean>((resolve) => {
    worker.once('error', (error) => {
      failure = error
      for (const { reject } of waiting.values()) reject(error)
      waiting.clear()
      resolve(false)
    })
    worker.on('message', (reply: Reply) => {
      if ('ready' in reply) return resolve(true)
      waiting.get(reply.id)?.resolve(reply.tokens)
      waiting.delete(reply.id)
    })
  })
  if (!started) {
    await worker.terminate()
    return inThisThread
  }
  let next = 0
  return {
    tokens: (texts) =>
      new Promise<string[]>((resolve, reject) => {
        if (failure) return reject(failure)
        const id = next++
        waiting.set(id, { resolve, reject })
        worker.postMessage({ id, texts })
      }),
    close: async () => {
      await worker.terminate()
    },
  }
}
