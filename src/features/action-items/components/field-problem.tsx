/** What is wrong with a field, in red under it; the field points at it by its id. */
export function FieldProblem({ id, problem }: { id: string; problem: string | undefined }) {
  if (!problem) return null
  return (
    <p id={id} className="mt-1 text-sm text-red-700 dark:text-red-300">
      {problem}
    </p>
  )
}

/** aria-invalid and aria-describedby for a field that may have a problem, and a hint. */
export function describeField(problemId: string, problem: string | undefined, hintId?: string) {
  const described = [problem ? problemId : null, hintId].filter(Boolean).join(' ')
  return { 'aria-invalid': problem !== undefined, 'aria-describedby': described || undefined }
}
