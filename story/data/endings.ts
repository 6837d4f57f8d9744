// The six endings of the bible (§5). Every path ends in one, tagged `# ending: id`.
import type { Ending } from '../../src/content/schema.ts';

export const endings: Ending[] = [
  { id: 'killed', title: 'In memory', summary: 'Halyna is killed in the assault on the morning of 26 June 1954, one of the dead whose number is still disputed.', memorial: true, note: 'casualties_dispute' },
  { id: 'wounded', title: 'Wounded', summary: 'Halyna is hurt going out for someone, lies for days in a hospital without medicines, and is sent east with the wound.', memorial: false, note: 'casualties_dispute' },
  { id: 'transferred', title: 'Sent away', summary: 'Halyna survives the steppe and the photographs, and is among the thousand prisoners, half of them women, sent to Ozerlag and Kolyma.', memorial: false, note: 'transfers' },
  { id: 'arrested', title: 'Arrested', summary: 'Halyna is picked out as an active participant, one of the 436 arrested.', memorial: false, note: 'selection_arrests' },
  { id: 'walked_out', title: 'Walked out', summary: 'Halyna leaves the zone when the loudspeakers tell those who do not support the revolt to go.', memorial: false, note: 'assault_june26' },
  { id: 'stayed', title: 'Not chosen', summary: 'Halyna survives the morning unhurt and is not singled out; the camp empties around her.', memorial: false, note: 'selection_arrests' },
];
