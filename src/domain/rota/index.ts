export { findCoverageGaps } from './coverage-gaps'
export { coverageOverHorizon, coverageStatusAt } from './coverage-status'
export {
  expandRota,
  expandRotaWithCancellations,
  type ExpandedRota,
  type InstantRange,
} from './expand-rota'
export { parseRotaFile, type ParseRotaResult } from './parse-rota-file'
export {
  dayLengthsHours,
  hoursByTeamPerWeek,
  type DayLength,
  type TeamWeekHours,
} from './week-view'
