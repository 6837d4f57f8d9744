// One buffer of white noise feeds every layer: each layer colours it with its own filters.

let cached: { context: BaseAudioContext; buffer: AudioBuffer } | null = null;

export function noiseBuffer(context: BaseAudioContext, seconds = 3): AudioBuffer {
  if (cached?.context === context) return cached.buffer;
  const buffer = context.createBuffer(1, Math.round(context.sampleRate * seconds), context.sampleRate);
  const data = buffer.getChannelData(0);
  for (let i = 0; i < data.length; i += 1) data[i] = Math.random() * 2 - 1;
  cached = { context, buffer };
  return buffer;
}
