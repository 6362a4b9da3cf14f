import { createRequire as __pbCreateRequire } from 'node:module'; const require = __pbCreateRequire(import.meta.url);
import {
  MAX_CATALOG_BYTES,
  MAX_CONFIG_BYTES,
  UserError,
  catalogPathOf,
  parseConfig,
  readRegularFile,
  refusalText
} from "./chunk-L4AOQ7VS.js";

// src/run/config-file.ts
import { dirname, isAbsolute, join, resolve } from "node:path";
async function readConfigFile(path, options) {
  const text = options.text ?? await readChosenText(path, MAX_CONFIG_BYTES, "budgets.yml is at most 1 MiB", options.hint);
  const root = options.root ?? dirname(resolve(path));
  const named = catalogPathOf(text, path);
  const catalogFile = named && { path: named.path, text: await readChosenText(isAbsolute(named.path) ? named.path : join(root, named.path), MAX_CATALOG_BYTES, "a price file is at most 16 MiB", "Fix `catalog:` in budgets.yml.") };
  return parseConfig(text, path, { ...catalogFile && { catalogFile } });
}
async function readChosenText(path, maxBytes, limitText, hint) {
  const read = await readRegularFile(path, maxBytes);
  if ("refused" in read) throw new UserError(refusalText(path, read.refused, limitText), hint);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(read.bytes);
  } catch {
    throw new UserError(`${path} is not UTF-8 text`, hint);
  }
}

export {
  readConfigFile,
  readChosenText
};
