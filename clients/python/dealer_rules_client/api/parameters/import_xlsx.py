from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_xlsx_files_body import ImportXlsxFilesBody
from ...models.patched_draft import PatchedDraft
from ...models.problem import Problem
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    group: str,
    domain: str,
    *,
    body: File | ImportXlsxFilesBody | Unset = UNSET,
    revision: int,
    comment: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["revision"] = revision

    params["comment"] = comment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/groups/{group}/rulesets/{domain}/draft/import.xlsx".format(
            group=quote(str(group), safe=""),
            domain=quote(str(domain), safe=""),
        ),
        "params": params,
    }

    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/octet-stream"
    if isinstance(body, ImportXlsxFilesBody):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PatchedDraft | Problem | None:
    if response.status_code == 200:
        response_200 = PatchedDraft.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PatchedDraft | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group: str,
    domain: str,
    *,
    client: AuthenticatedClient,
    body: File | ImportXlsxFilesBody | Unset = UNSET,
    revision: int,
    comment: str | Unset = UNSET,
) -> Response[PatchedDraft | Problem]:
    """Import parameters from Excel

     Send an exported workbook, edited (the .xlsx as the body, typed
        application/octet-stream or the .xlsx type, or a form upload in field `file`). Every cell is
    checked; a wrong one is 422 with one `errors` item per cell
        (`sheet`, `row`, `column`, `path` = address) and nothing is saved. Otherwise
        the changed values are saved as the draft, audited like a parameters PATCH.

    Args:
        group (str):
        domain (str):
        revision (int): The revision you read.
        comment (str | Unset): Default: empty.
        body (File):
        body (ImportXlsxFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchedDraft | Problem]
    """

    kwargs = _get_kwargs(
        group=group,
        domain=domain,
        body=body,
        revision=revision,
        comment=comment,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group: str,
    domain: str,
    *,
    client: AuthenticatedClient,
    body: File | ImportXlsxFilesBody | Unset = UNSET,
    revision: int,
    comment: str | Unset = UNSET,
) -> PatchedDraft | Problem | None:
    """Import parameters from Excel

     Send an exported workbook, edited (the .xlsx as the body, typed
        application/octet-stream or the .xlsx type, or a form upload in field `file`). Every cell is
    checked; a wrong one is 422 with one `errors` item per cell
        (`sheet`, `row`, `column`, `path` = address) and nothing is saved. Otherwise
        the changed values are saved as the draft, audited like a parameters PATCH.

    Args:
        group (str):
        domain (str):
        revision (int): The revision you read.
        comment (str | Unset): Default: empty.
        body (File):
        body (ImportXlsxFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchedDraft | Problem
    """

    return sync_detailed(
        group=group,
        domain=domain,
        client=client,
        body=body,
        revision=revision,
        comment=comment,
    ).parsed


async def asyncio_detailed(
    group: str,
    domain: str,
    *,
    client: AuthenticatedClient,
    body: File | ImportXlsxFilesBody | Unset = UNSET,
    revision: int,
    comment: str | Unset = UNSET,
) -> Response[PatchedDraft | Problem]:
    """Import parameters from Excel

     Send an exported workbook, edited (the .xlsx as the body, typed
        application/octet-stream or the .xlsx type, or a form upload in field `file`). Every cell is
    checked; a wrong one is 422 with one `errors` item per cell
        (`sheet`, `row`, `column`, `path` = address) and nothing is saved. Otherwise
        the changed values are saved as the draft, audited like a parameters PATCH.

    Args:
        group (str):
        domain (str):
        revision (int): The revision you read.
        comment (str | Unset): Default: empty.
        body (File):
        body (ImportXlsxFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchedDraft | Problem]
    """

    kwargs = _get_kwargs(
        group=group,
        domain=domain,
        body=body,
        revision=revision,
        comment=comment,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group: str,
    domain: str,
    *,
    client: AuthenticatedClient,
    body: File | ImportXlsxFilesBody | Unset = UNSET,
    revision: int,
    comment: str | Unset = UNSET,
) -> PatchedDraft | Problem | None:
    """Import parameters from Excel

     Send an exported workbook, edited (the .xlsx as the body, typed
        application/octet-stream or the .xlsx type, or a form upload in field `file`). Every cell is
    checked; a wrong one is 422 with one `errors` item per cell
        (`sheet`, `row`, `column`, `path` = address) and nothing is saved. Otherwise
        the changed values are saved as the draft, audited like a parameters PATCH.

    Args:
        group (str):
        domain (str):
        revision (int): The revision you read.
        comment (str | Unset): Default: empty.
        body (File):
        body (ImportXlsxFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchedDraft | Problem
    """

    return (
        await asyncio_detailed(
            group=group,
            domain=domain,
            client=client,
            body=body,
            revision=revision,
            comment=comment,
        )
    ).parsed
