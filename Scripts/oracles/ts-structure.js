#!/usr/bin/env node
// Prints what the TypeScript compiler's parser finds in TypeScript files, in the form Scripts/parser-diff compares
// with iaclsp's light parser: one JSON object per line, {"path", "imports", "calls", "classes", "functions"}.
//
//   node Scripts/oracles/ts-structure.js FILE...    # or the paths one per line on standard input
//
// imports: "module|member|alias" (member `-` for default, namespace and `require` bindings); calls:
// "callee|keywords" for calls and `new` whose callee is a dotted chain of names (optional calls too; `import(…)`
// and the `require(…)` of `import x = require(…)` as calls of `import` and `require`), with the property names of
// their object literal arguments, sorted, leaving out calls inside template literal fields; classes: declared class names; functions: function declarations, methods,
// accessors and constructors that have a body.
"use strict";
const fs = require("fs");

const ts = require("./load-typescript.js");

function dotted(node) {
  // A non-null assertion (`a!.b`) is part of the chain.
  while (ts.isNonNullExpression(node)) node = node.expression;
  if (ts.isIdentifier(node)) return node.text;
  if (node.kind === ts.SyntaxKind.ThisKeyword) return "this";
  if (node.kind === ts.SyntaxKind.SuperKeyword) return "super";
  if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.name)) {
    const left = dotted(node.expression);
    return left === null ? null : left + "." + node.name.text;
  }
  return null;
}

function propertyName(name) {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  return null;
}

function isRequire(node) {
  return node && ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "require"
    && node.arguments.length === 1 && ts.isStringLiteralLike(node.arguments[0]);
}

// Calls inside template literal fields (`${f(x)}`): the light parser reads a template as one string, by design.
function inTemplate(node) {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (ts.isTemplateSpan(parent) || ts.isTemplateExpression(parent)) return true;
  }
  return false;
}

function facts(path, text) {
  const kind = /\.tsx$/.test(path) ? ts.ScriptKind.TSX : /\.[cm]?jsx?$/.test(path) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const result = { path, imports: [], calls: [], classes: [], functions: [] };
  function visit(node) {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const module = node.moduleSpecifier.text;
      const clause = node.importClause;
      if (clause) {
        if (clause.name) result.imports.push(`${module}|-|${clause.name.text}`);
        const bindings = clause.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) result.imports.push(`${module}|-|${bindings.name.text}`);
        if (bindings && ts.isNamedImports(bindings)) {
          for (const element of bindings.elements) {
            const member = element.propertyName ? element.propertyName.text : element.name.text;
            result.imports.push(`${module}|${member}|${element.name.text}`);
          }
        }
      }
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)
      && ts.isStringLiteral(node.moduleReference.expression)) {
      result.imports.push(`${node.moduleReference.expression.text}|-|${node.name.text}`);
      // `import x = require('m')` reads as a call of `require`, and the light parser records one.
      result.calls.push("require|");
    } else if (ts.isVariableDeclaration(node) && isRequire(node.initializer)) {
      const module = node.initializer.arguments[0].text;
      if (ts.isIdentifier(node.name)) result.imports.push(`${module}|-|${node.name.text}`);
      if (ts.isObjectBindingPattern(node.name)) {
        for (const element of node.name.elements) {
          if (!ts.isIdentifier(element.name)) continue;
          const member = element.propertyName ? propertyName(element.propertyName) : element.name.text;
          if (member !== null) result.imports.push(`${module}|${member}|${element.name.text}`);
        }
      }
    }
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && !inTemplate(node)) {
      // A dynamic `import(…)` counts as a call of `import`.
      const callee = node.expression.kind === ts.SyntaxKind.ImportKeyword ? "import" : dotted(node.expression);
      // `new X` without arguments has no parentheses, so no call for the light parser.
      const hasParentheses = ts.isCallExpression(node) || node.arguments !== undefined;
      if (callee !== null && hasParentheses) {
        const keywords = [];
        for (const argument of node.arguments || []) {
          if (!ts.isObjectLiteralExpression(argument)) continue;
          for (const property of argument.properties) {
            if (ts.isSpreadAssignment(property) || !property.name) continue;
            const name = propertyName(property.name);
            if (name !== null) keywords.push(name);
          }
        }
        result.calls.push(`${callee}|${keywords.sort().join(",")}`);
      }
    }
    if (ts.isClassDeclaration(node) && node.name) result.classes.push(node.name.text);
    if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node)
      || ts.isSetAccessorDeclaration(node)) && node.body && node.name) {
      const name = propertyName(node.name);
      if (name !== null) result.functions.push(name);
    }
    if (ts.isConstructorDeclaration(node) && node.body) result.functions.push("constructor");
    ts.forEachChild(node, visit);
  }
  visit(file);
  return result;
}

let paths = process.argv.slice(2);
if (paths.length === 0) paths = fs.readFileSync(0, "utf8").split("\n").filter((line) => line.length > 0);
for (const path of paths) {
  process.stdout.write(JSON.stringify(facts(path, fs.readFileSync(path, "utf8"))) + "\n");
}
