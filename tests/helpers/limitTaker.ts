/**
 * Run as its own process (see takeLimitElsewhere): takes a client limit `times` times for one address, as a second
 * server process on the same DATABASE_URI would, and prints the verdicts as JSON.
 */
import { loginLimits } from '@/limits/loginLimit'
import { objectionLimit } from '@/limits/objectionLimit'
import { registrationLimit } from '@/limits/registrationLimit'
import { viewLimits } from '@/limits/viewLimit'

const LIMITS = {
  registration: registrationLimit,
  objection: objectionLimit,
  loginPerAccount: loginLimits.perAccount,
  viewOncePerArticle: viewLimits.oncePerArticle,
}

const [name, address, scope, times] = process.argv.slice(2)
const limit = LIMITS[name as keyof typeof LIMITS]
const verdicts = []
for (let i = 0; i < Number(times); i++) verdicts.push(await limit.take(address, scope))
process.stdout.write(JSON.stringify(verdicts))
// A Redis store's connection would keep the process alive
process.exit(0)
