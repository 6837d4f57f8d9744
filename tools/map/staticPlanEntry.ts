// The static plan's generator with the game's content provided from story/data (Node only):
// the map's geometry reads the places through the content registry. The setup module comes
// first so the content is there before the plan's modules evaluate.
import './provideContent.ts';

export { staticPlanLabels, staticPlanSvg } from '../../src/map/static/staticPlan.ts';
export { STATIC_PLAN_LANGUAGES, staticPlanLabelsIn } from './staticPlanLanguages.ts';
