import type { Metadata } from 'next'

import { pageMetadata } from '@/seo/pageMetadata'

import { pageNumberOf } from '../../../_components/Pager'
import { ArticleArchive } from '../../ArticleArchive'

type Props = { params: Promise<{ n: string }> }

export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { n } = await params
  return pageMetadata({ title: `新闻（第 ${n} 页）`, description: '全部新闻稿件', path: `/articles/page/${n}` })
}

export default async function ArticlesPageN({ params }: Props) {
  return <ArticleArchive page={pageNumberOf((await params).n)} />
}
