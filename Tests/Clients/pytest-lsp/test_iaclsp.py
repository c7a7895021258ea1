"""Drives the iaclsp language server with pytest-lsp, whose client checks every message against the LSP types.

Run: IACLSP_BINARY=.build/debug/iaclsp python3 -m pytest Tests/Clients/pytest-lsp
"""
import os
import pathlib
import shutil

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

BINARY = os.environ.get("IACLSP_BINARY", str(pathlib.Path(__file__).parents[3] / ".build" / "debug" / "iaclsp"))
SEED = pathlib.Path(__file__).parents[2] / "Fixtures" / "seeds" / "000-portfolio-cdk-python" / "mistaken"


def capabilities(pull: bool) -> types.ClientCapabilities:
    return types.ClientCapabilities(
        general=types.GeneralClientCapabilities(position_encodings=[types.PositionEncodingKind.Utf16]),
        workspace=types.WorkspaceClientCapabilities(
            configuration=True,
            workspace_edit=types.WorkspaceEditClientCapabilities(document_changes=True),
            diagnostics=types.DiagnosticWorkspaceClientCapabilities(refresh_support=True) if pull else None,
        ),
        text_document=types.TextDocumentClientCapabilities(
            hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.Markdown]),
            code_action=types.CodeActionClientCapabilities(
                code_action_literal_support=types.ClientCodeActionLiteralOptions(
                    code_action_kind=types.ClientCodeActionKindOptions(
                        value_set=[types.CodeActionKind.QuickFix, types.CodeActionKind.SourceFixAll]
                    )
                ),
                is_preferred_support=True,
                data_support=True,
                resolve_support=types.ClientCodeActionResolveOptions(properties=["edit"]),
            ),
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(
                related_information=True,
                version_support=True,
                tag_support=types.ClientDiagnosticsTagOptions(value_set=[types.DiagnosticTag.Deprecated]),
                code_description_support=True,
                data_support=True,
            ),
            diagnostic=types.DiagnosticClientCapabilities(related_document_support=False) if pull else None,
        ),
    )


@pytest.fixture
def project(tmp_path):
    root = tmp_path / "portfolio"
    shutil.copytree(SEED, root)
    return root


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[BINARY]))
async def client(lsp_client: LanguageClient):
    yield
    await lsp_client.shutdown_session()


def apply(text: str, edits) -> str:
    """Applies UTF-16 text edits as a client does."""
    lines = text.split("\n")

    def offset(position):
        line = lines[position.line] if position.line < len(lines) else ""
        prefix = line.encode("utf-16-le")[: position.character * 2].decode("utf-16-le")
        return sum(len(l) + 1 for l in lines[: position.line]) + len(prefix)

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[: offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end) :]
    return text


async def test_push_session(client: LanguageClient, project):
    result = await client.initialize_session(
        types.InitializeParams(capabilities=capabilities(pull=False), root_uri=project.as_uri())
    )
    assert result.server_info.name == "iaclsp"
    assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf16

    path = project / "lib" / "portfolio_stack.py"
    uri = path.as_uri()
    text = "# 🚀 portfolio ✨\n" + path.read_text()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri=uri, language_id="python", version=1, text=text))
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    deprecated = [d for d in client.diagnostics[uri] if d.code == "IAC101"]
    assert len(deprecated) == 3
    assert list(deprecated[0].tags) == [types.DiagnosticTag.Deprecated]
    assert deprecated[0].source == "iaclsp"
    assert deprecated[0].code_description.href.startswith("https://")

    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=deprecated[0].range,
            context=types.CodeActionContext(diagnostics=[deprecated[0]]),
        )
    )
    # The move to origin access control adds resources, so it is offered but not preferred.
    fix = next(a for a in actions if a.kind == types.CodeActionKind.QuickFix and "S3BucketOrigin" in a.title)
    edit = fix.edit.document_changes[0]
    assert edit.text_document.version == 1
    text = apply(text, edit.edits)
    assert "S3BucketOrigin.with_origin_access_control(website_bucket)" in text
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert len([d for d in client.diagnostics[uri] if d.code == "IAC101"]) == 2

    # Fix all.
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)),
            context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.SourceFixAll]),
        )
    )
    # The fixes left change what is deployed (origin access control), so fix-all, which applies safe fixes only,
    # has nothing to offer.
    assert not actions

    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=client.diagnostics[uri][0].range.start)
    )
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert "**IAC" in hover.contents.value


async def test_pull_session(client: LanguageClient, project):
    await client.initialize_session(types.InitializeParams(capabilities=capabilities(pull=True), root_uri=project.as_uri()))
    path = project / "lib" / "portfolio_stack.py"
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri=uri, language_id="python", version=1, text=path.read_text()))
    )
    report = await client.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    assert report.kind == "full"
    assert sum(1 for d in report.items if d.code == "IAC101") == 3
    again = await client.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri), previous_result_id=report.result_id)
    )
    assert again.kind == "unchanged"
    workspace = await client.workspace_diagnostic_async(types.WorkspaceDiagnosticParams(previous_result_ids=[]))
    tests = [item for item in workspace.items if item.uri.endswith("tests/integration/test_tap_stack.py")]
    assert tests and any(d.code == "IAC401" for d in tests[0].items)


async def test_navigation_session(client: LanguageClient, project):
    """Workspace symbols take a construct path from a deploy error; inlay hints show documented defaults."""
    caps = capabilities(pull=False)
    caps.text_document.inlay_hint = types.InlayHintClientCapabilities()
    caps.workspace.symbol = types.WorkspaceSymbolClientCapabilities()
    result = await client.initialize_session(types.InitializeParams(capabilities=caps, root_uri=project.as_uri()))
    assert result.capabilities.workspace_symbol_provider
    assert result.capabilities.inlay_hint_provider
    path = project / "lib" / "portfolio_stack.py"
    uri = path.as_uri()
    text = path.read_text()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri=uri, language_id="python", version=1, text=text))
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)

    symbols = await client.workspace_symbol_async(
        types.WorkspaceSymbolParams(query="TapStackdev/Portfolio/WebsiteBucket/Policy/Resource")
    )
    assert len(symbols) == 1
    assert symbols[0].location.uri == uri
    assert symbols[0].container_name == "aws-cdk-lib.aws_s3.Bucket"
    line = symbols[0].location.range.start.line
    assert "s3.Bucket(" in text.split("\n")[line]

    hints = await client.text_document_inlay_hint_async(
        types.InlayHintParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=len(text.split("\n")), character=0)),
        )
    )
    labels = [hint.label for hint in hints]
    assert labels and all(": " in label for label in labels)
    # The website bucket sets its encryption, so it gets no hint for it.
    website_line = next(i for i, l in enumerate(text.split("\n")) if '"WebsiteBucket"' in l)
    assert not any(h.label.startswith("encryption") and h.position.line <= website_line + 7 and h.position.line >= website_line for h in hints)
