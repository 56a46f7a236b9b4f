import type { Metadata } from 'next'

import { pageMetadata } from '@/seo/pageMetadata'

import { pageNumberOf } from '../../../_components/Pager'
import { TopicArchive } from '../../TopicArchive'

type Props = { params: Promise<{ n: string }> }

export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { n } = await params
  return pageMetadata({ title: `专题（第 ${n} 页）`, description: '全部活动专题', path: `/topics/page/${n}` })
}

export default async function TopicsPageN({ params }: Props) {
  return <TopicArchive page={pageNumberOf((await params).n)} />
}
