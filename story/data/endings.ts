// The six endings of the bible (§5). Every path ends in one, tagged `# ending: id`.
import type { Ending } from '../../src/content/schema.ts';

export const endings: Ending[] = [
  { id: 'killed', title: 'In memory', summary: 'Halyna dies on 26 June 1954.', memorial: true, note: 'casualties_dispute' },
  { id: 'wounded', title: 'Wounded', summary: 'Halyna is wounded, treated, and later sent to another camp.', memorial: false, note: 'casualties_dispute' },
  { id: 'transferred', title: 'Transferred', summary: 'Halyna survives and is among the thousand sent to other camps.', memorial: false, note: 'transfers' },
  { id: 'arrested', title: 'Arrested', summary: 'Halyna is among the 436 arrested as active participants.', memorial: false, note: 'selection_arrests' },
  { id: 'walked_out', title: 'Walked out', summary: 'Halyna leaves the zone when the loudspeakers tell those who do not support the revolt to go.', memorial: false, note: 'assault_june26' },
  { id: 'stayed', title: 'Stayed', summary: 'Halyna survives the morning unhurt and is not singled out.', memorial: false, note: 'assault_june26' },
];
