import type { Metadata } from 'next'

import { pageMetadata } from '@/seo/pageMetadata'

import { pageNumberOf } from '../../../_components/Pager'
import { LiveArchive } from '../../LiveArchive'

type Props = { params: Promise<{ n: string }> }

export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { n } = await params
  return pageMetadata({ title: `直播（第 ${n} 页）`, description: '直播带货与活动直播', path: `/live/page/${n}` })
}

export default async function LivePageN({ params }: Props) {
  return <LiveArchive page={pageNumberOf((await params).n)} />
}
