/** The tokeniser's worker thread (see tokeniser.ts): src/search's tokens for each batch of texts it is sent. */
import { parentPort } from 'node:worker_threads'

import { jieba } from '@/search/jieba'
import { indexTokens, tokenString } from '@/search/tokenize'

const port = parentPort
if (!port) throw new Error('tokenWorker.ts runs as a worker thread of tokeniser.ts')

// The dictionary loads once, before the first batch is waited for
jieba()
port.on('message', ({ id, texts }: { id: number; texts: string[] }) => {
  port.postMessage({ id, tokens: texts.map((text) => tokenString(indexTokens(text))) })
})
port.postMessage({ ready: true })
