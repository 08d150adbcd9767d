from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_list import AuditList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    group: str,
    *,
    domain: str | Unset = UNSET,
    action: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    before_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["domain"] = domain

    params["action"] = action

    params["limit"] = limit

    params["before_id"] = before_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/groups/{group}/audit".format(
            group=quote(str(group), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AuditList | Problem | None:
    if response.status_code == 200:
        response_200 = AuditList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AuditList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group: str,
    *,
    client: AuthenticatedClient,
    domain: str | Unset = UNSET,
    action: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    before_id: int | Unset = UNSET,
) -> Response[AuditList | Problem]:
    """Read the audit log

     The group's audit entries, newest first (`before_id` pages back).

    Args:
        group (str):
        domain (str | Unset):
        action (str | Unset):
        limit (int | Unset): Default: `100`.
        before_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditList | Problem]
    """

    kwargs = _get_kwargs(
        group=group,
        domain=domain,
        action=action,
        limit=limit,
        before_id=before_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group: str,
    *,
    client: AuthenticatedClient,
    domain: str | Unset = UNSET,
    action: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    before_id: int | Unset = UNSET,
) -> AuditList | Problem | None:
    """Read the audit log

     The group's audit entries, newest first (`before_id` pages back).

    Args:
        group (str):
        domain (str | Unset):
        action (str | Unset):
        limit (int | Unset): Default: `100`.
        before_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditList | Problem
    """

    return sync_detailed(
        group=group,
        client=client,
        domain=domain,
        action=action,
        limit=limit,
        before_id=before_id,
    ).parsed


async def asyncio_detailed(
    group: str,
    *,
    client: AuthenticatedClient,
    domain: str | Unset = UNSET,
    action: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    before_id: int | Unset = UNSET,
) -> Response[AuditList | Problem]:
    """Read the audit log

     The group's audit entries, newest first (`before_id` pages back).

    Args:
        group (str):
        domain (str | Unset):
        action (str | Unset):
        limit (int | Unset): Default: `100`.
        before_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditList | Problem]
    """

    kwargs = _get_kwargs(
        group=group,
        domain=domain,
        action=action,
        limit=limit,
        before_id=before_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group: str,
    *,
    client: AuthenticatedClient,
    domain: str | Unset = UNSET,
    action: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    before_id: int | Unset = UNSET,
) -> AuditList | Problem | None:
    """Read the audit log

     The group's audit entries, newest first (`before_id` pages back).

    Args:
        group (str):
        domain (str | Unset):
        action (str | Unset):
        limit (int | Unset): Default: `100`.
        before_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditList | Problem
    """

    return (
        await asyncio_detailed(
            group=group,
            client=client,
            domain=domain,
            action=action,
            limit=limit,
            before_id=before_id,
        )
    ).parsed
