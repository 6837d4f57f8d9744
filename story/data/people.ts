// Everyone a `# speaker:` tag may name. Fictional composites carry the drama; documented people
// act and speak only as sources record, in paraphrase, with a note.
import type { Person } from '../../src/content/schema.ts';

export const people: Person[] = [
  { id: 'halyna', name: 'Halyna Savchuk', kind: 'fictional', description: '24, Ukrainian, from a village near Ternopil. Arrested in 1950 for carrying food and messages to the underground in the forest; 25 years. Sews in the service-yard workshop; sings in the barrack choir.' },
  { id: 'maia', name: 'Maia Tamm', kind: 'fictional', description: 'In her fifties, Estonian, a former teacher. Halyna\u2019s bunk neighbour: calm, sceptical.' },
  { id: 'mykola', name: 'Mykola Savchuk', kind: 'fictional', description: 'Halyna\u2019s older brother, in the 3rd lagpunkt, tied to the Ukrainian underground.' },
  { id: 'jonas', name: 'Jonas Vaitkus', kind: 'fictional', description: '22, Lithuanian, from Kaunas. Arrested at 17 with a school group that printed leaflets. A radio mechanic before his arrest.' },
  { id: 'sokol', name: '\u201cSokol\u201d', kind: 'fictional', description: 'A young thief who joined the 16 May raid: charming and unpredictable.' },
  { id: 'ihor', name: 'Father Ihor', kind: 'fictional', description: 'A Greek Catholic priest, a prisoner, who marries couples during the uprising.' },
  { id: 'vera', name: 'Vera Sidorenko', kind: 'fictional', description: 'A Russian woman in the kitchen brigade, loyal to the commission.' },
  { id: 'orlov', name: 'Lieutenant Orlov', kind: 'fictional', description: 'A young officer outside the wire who talks to the pickets at night.' },
  { id: 'aslan', name: 'Aslan', kind: 'fictional', description: 'A Chechen prisoner who builds kites.' },
  { id: 'oksana', name: 'Oksana', kind: 'fictional', description: 'Nineteen, from a village near Zhytomyr: the youngest in Halyna\u2019s barrack, who jumps when a door bangs.' },
  { id: 'narrator', name: 'Narrator', kind: 'fictional', description: 'The story\u2019s own voice.' },
  { id: 'kuznetsov', name: 'Kapiton Kuznetsov', kind: 'documented', description: 'Chairman of the prisoners\u2019 commission; a Red Army veteran (some sources say a colonel) serving 25 years.', note: 'kuznetsov' },
  { id: 'sluchenkov', name: 'Engels Sluchenkov', kind: 'documented', description: 'Commission member for the 2nd lagpunkt; associated with its security work.', note: 'coercion_inside' },
  { id: 'knopmus', name: 'Yuri Knopmus', kind: 'documented', description: 'Commission member for the 2nd lagpunkt; by an MVD act, head of the propaganda service that mass-produced the leaflets.', note: 'commission_departments' },
  { id: 'makeev', name: 'Aleksei Makeev', kind: 'documented', description: 'Commission member for the 3rd lagpunkt until 3 June 1954.', note: 'makeev_semkin' },
  { id: 'yegorov', name: 'Sergei Yegorov', kind: 'documented', description: 'Deputy Minister of Internal Affairs; led the second Moscow commission.', note: 'may27_demands' },
  { id: 'bochkov', name: 'Viktor Bochkov', kind: 'documented', description: 'Deputy head of the Gulag; led the first Moscow commission of 19 May.', note: 'first_commission' },
  { id: 'konovalov', name: 'Colonel Konovalov', kind: 'documented', description: 'Head of the Karaganda regional MVD; ordered the firing stopped on 18 May.', note: 'shootings_may' },
  { id: 'belyaev', name: '\u201cBelyaev\u201d (\u201cWart\u201d)', kind: 'documented', description: 'The camp officer who led unarmed soldiers against the raid on 16 May, as Solzhenitsyn names him.', note: 'may16_service_yard' },
  { id: 'yarimovskaya', name: 'Slava Yarimovskaya', kind: 'documented', description: 'The best-known announcer of the prisoners\u2019 radio.', note: 'loudspeakers_radio' },
  { id: 'bobrinsky', name: 'Count Bobrinsky', kind: 'documented', description: 'Ran a \u201ccafé\u201d with brewed \u201ccoffee\u201d and old romances on the guitar.', note: 'cafe_culture' },
  { id: 'loudspeaker', name: 'The authorities\u2019 loudspeaker', kind: 'documented', description: 'The MVD\u2019s broadcasts into the zone.', note: 'authorities_loudspeakers' },
];
