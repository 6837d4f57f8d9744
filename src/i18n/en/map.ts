// The camp map's English strings (src/map): labels, legend, the text description for screen
// readers. ICU MessageFormat as in ui.ts.

export const map = {
  reconstructionNote: 'Reconstruction: positions inside the zones are approximate',
};
