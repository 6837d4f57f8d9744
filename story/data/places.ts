// Places the story can name with `# place: id`, positioned on the reconstruction plan
// (0..1000 across, 0..600 down). Only the order of the zones is documented (fact base §2.1);
// every position inside them is a reconstruction, and the plan says so.
import type { Place } from '../../src/content/schema.ts';

export const places: Place[] = [
  { id: 'women_zone', label: '1st lagpunkt (women)', zone: 'women_zone', description: 'The women\u2019s zone, first of the inner zones.', x: 215, y: 270, reconstructed: false },
  { id: 'women_barrack', label: 'Halyna\u2019s barrack', zone: 'women_zone', description: 'A barrack of the women\u2019s zone (fictional).', x: 200, y: 220, reconstructed: true },
  { id: 'bathhouse', label: 'Bathhouse', zone: 'women_zone', description: 'A bathhouse in or by the women\u2019s lagpunkt, as a hostile deposition places it.', x: 240, y: 360, reconstructed: true },
  { id: 'kitchen', label: 'Kitchen', zone: 'women_zone', description: 'Where the kitchen brigade cooked for the zone; women prepared the food during the uprising (position unknown).', x: 170, y: 330, reconstructed: true },
  { id: 'wall_women_yard', label: 'Wall: women\u2019s zone / service yard', zone: 'women_zone', description: 'The saman wall between the women\u2019s zone and the service yard.', x: 290, y: 270, reconstructed: true },
  { id: 'service_yard', label: 'Service yard (khozdvor)', zone: 'service_yard', description: 'Food stores and workshops, between the women\u2019s zone and the 2nd lagpunkt.', x: 345, y: 270, reconstructed: false },
  { id: 'sewing_workshop', label: 'Sewing workshop', zone: 'service_yard', description: 'The workshop where Halyna sews.', x: 330, y: 200, reconstructed: true },
  { id: 'stores', label: 'Food stores', zone: 'service_yard', description: 'The camp\u2019s food stores.', x: 360, y: 340, reconstructed: true },
  { id: 'bakery', label: 'Bakery', zone: 'service_yard', description: 'Where the bread was baked (position unknown).', x: 370, y: 230, reconstructed: true },
  { id: 'tech_rooms', label: 'Technical Department', zone: 'service_yard', description: 'Secret rooms with a "100,000 volts" sign, in the service yard.', x: 320, y: 330, reconstructed: true },
  { id: 'hospital', label: 'Hospital', zone: 'service_yard', description: 'The camp hospital, which kept working without medicines (position unknown).', x: 375, y: 170, reconstructed: true },
  { id: 'wall_yard_l2', label: 'Wall: service yard / 2nd lagpunkt', zone: 'service_yard', description: 'The wall the raiders climbed on 16 May.', x: 400, y: 270, reconstructed: true },
  { id: 'lagpunkt_2', label: '2nd lagpunkt (men)', zone: 'lagpunkt_2', description: 'A men\u2019s zone, next to the service yard.', x: 480, y: 270, reconstructed: false },
  { id: 'dining_hall_2', label: 'Dining hall, 2nd lagpunkt', zone: 'lagpunkt_2', description: 'Near it the film was shown on 16 May.', x: 470, y: 200, reconstructed: true },
  { id: 'meeting_hall', label: 'The dining hall of 27 May', zone: 'lagpunkt_2', description: 'The dining hall where the commission met about 2,000 prisoners; which lagpunkt\u2019s is not recorded.', x: 500, y: 350, reconstructed: true },
  { id: 'lagpunkt_3', label: '3rd lagpunkt (men)', zone: 'lagpunkt_3', description: 'The men\u2019s zone where the criminals were sent; it fought hardest on 26 June.', x: 640, y: 270, reconstructed: false },
  { id: 'mykola_barrack', label: 'Mykola\u2019s barrack', zone: 'lagpunkt_3', description: 'A barrack of the 3rd lagpunkt (fictional).', x: 620, y: 210, reconstructed: true },
  { id: 'barrack_jonas', label: 'Jonas\u2019s barrack', zone: 'lagpunkt_3', description: 'A barrack of the 3rd lagpunkt (fictional), two bunks from Mykola\u2019s.', x: 680, y: 210, reconstructed: true },
  { id: 'barricade_l3', label: 'Barricade, 3rd lagpunkt', zone: 'lagpunkt_3', description: 'An adobe barricade before the 3rd lagpunkt\u2019s guardhouse; barricades stood before every guardhouse (position reconstructed).', x: 650, y: 420, reconstructed: true },
  { id: 'workshops_khozdvor', label: 'Workshops', zone: 'service_yard', description: 'The service yard\u2019s workshops, where prisoners had made knives and picks (position unknown).', x: 370, y: 300, reconstructed: true },
  { id: 'loudspeaker_pole', label: 'Loudspeaker pole', zone: 'lagpunkt_3', description: 'A pole with one of the prisoners\u2019 loudspeakers; the loudspeakers are documented, their places are not.', x: 600, y: 330, reconstructed: true },
  { id: 'roof_l3', label: 'Roof, 3rd lagpunkt', zone: 'lagpunkt_3', description: 'A barrack roof where kite fliers worked (which roofs is not recorded).', x: 700, y: 300, reconstructed: true },
  { id: 'ore_plant', label: 'Ore plant', zone: 'outside', description: 'The ore-processing plant where Steplag\u2019s prisoners worked before the uprising (position on this plan schematic).', x: 420, y: 40, reconstructed: true },
  { id: 'prison_zone', label: 'Prison zone', zone: 'prison_zone', description: 'The old and the new prison.', x: 785, y: 270, reconstructed: false },
  { id: 'fire_zone', label: 'Fire zone', zone: 'perimeter', description: 'The strip around the whole camp where guards shot.', x: 500, y: 108, reconstructed: true },
  { id: 'watchtower', label: 'Watchtowers', zone: 'perimeter', description: 'Towers on the perimeter (their number and places are not recorded).', x: 874, y: 100, reconstructed: true },
  { id: 'guardhouse', label: 'Guardhouse (vakhta)', zone: 'perimeter', description: 'The gate and guardhouse; barricades stood before every guardhouse.', x: 610, y: 462, reconstructed: true },
  { id: 'commission_hq', label: 'Commission headquarters', zone: 'outside', description: 'The MVD commission\u2019s headquarters, outside the zone.', x: 640, y: 520, reconstructed: true },
  { id: 'settlement', label: 'Kengir settlement', zone: 'outside', description: 'The settlement; the camp lay on its south-eastern edge.', x: 110, y: 60, reconstructed: true },
  { id: 'construction', label: 'Construction sites', zone: 'outside', description: 'Where free residents watched the assault from afar.', x: 300, y: 40, reconstructed: true },
  { id: 'river', label: 'Kara-Kengir river', zone: 'outside', description: 'The river the camp stood on.', x: 60, y: 470, reconstructed: true },
  { id: 'steppe', label: 'The steppe', zone: 'outside', description: 'Where survivors were made to lie face down on 26 June.', x: 900, y: 520, reconstructed: true },
];
