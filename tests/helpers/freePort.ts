export { freePort } from '@/cluster/freePort'
