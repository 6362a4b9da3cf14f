import { createRequire as __pbCreateRequire } from 'node:module'; const require = __pbCreateRequire(import.meta.url);
import {
  countHere
} from "./chunks/chunk-53E7QTX6.js";
import "./chunks/chunk-BXQHEXTT.js";

// src/parallel/count-worker.ts
import { parentPort, workerData } from "node:worker_threads";
parentPort.postMessage(await countHere(workerData));
