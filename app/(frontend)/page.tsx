export default function HomePage() {
  return (
    <>
      <h1>活动专题</h1>
      <p className="muted">
        本站发布年度主题活动的专题报道、典型案例、直播带货活动与新闻稿件。专题上线后将在此列出。
      </p>
    </>
  )
}
