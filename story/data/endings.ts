// The six endings of the bible (§5). Every path ends in one, tagged `# ending: id`.
import type { Ending } from '../../src/content/schema.ts';

export const endings: Ending[] = [
  { id: 'killed', title: 'In memory', summary: 'Halyna is killed in the assault on the morning of 26 June 1954.', memorial: true, note: 'casualties_dispute' },
  { id: 'wounded', title: 'Wounded', summary: 'Halyna is hurt helping someone, treated in the hospital without medicines, and later sent to another camp.', memorial: false, note: 'casualties_dispute' },
  { id: 'transferred', title: 'Sent away', summary: 'Halyna survives and is among the thousand prisoners, half of them women, sent to other camps.', memorial: false, note: 'transfers' },
  { id: 'arrested', title: 'Arrested', summary: 'Halyna is picked out as an active participant, one of the 436 arrested.', memorial: false, note: 'selection_arrests' },
  { id: 'walked_out', title: 'Walked out', summary: 'Halyna leaves the zone when the loudspeakers tell those who do not support the revolt to go.', memorial: false, note: 'assault_june26' },
  { id: 'stayed', title: 'Not chosen', summary: 'Halyna survives the morning unhurt and is not singled out; the camp empties around her.', memorial: false, note: 'selection_arrests' },
];
