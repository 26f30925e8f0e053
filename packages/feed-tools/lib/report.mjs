/** Problems as lines that name the record, the field and the reason. */
export function formatProblem(problem) {
  const where = problem.index < 0 ? 'feed' : `record ${problem.index}${problem.id ? ` (id ${JSON.stringify(problem.id)})` : ''}`;
  const what = problem.severity === 'record' ? 'skipped' : 'field';
  return `${where}: ${what} ${problem.path || 'record'}: ${problem.message}`;
}
