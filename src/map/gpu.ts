// Is WebGL here drawn by a software rasterizer (SwiftShader, llvmpipe: no GPU, or a blocked one)?
// Then the map saves work: no multisampling, and no cross-fades (every full-screen blend costs
// tens to hundreds of milliseconds a frame there). Asked once, through a throwaway context.
let cached: boolean | null = null;

export function softwareWebGL(): boolean {
  if (cached !== null) return cached;
  cached = false;
  try {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const gl = canvas.getContext('webgl', { failIfMajorPerformanceCaveat: false });
    if (!gl) return cached;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    cached = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i.test(name);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    cached = false;
  }
  return cached;
}
