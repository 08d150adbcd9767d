from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.diff_result import DiffResult
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    group: str,
    domain: str,
    *,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/groups/{group}/rulesets/{domain}/diff".format(
            group=quote(str(group), safe=""),
            domain=quote(str(domain), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DiffResult | Problem | None:
    if response.status_code == 200:
        response_200 = DiffResult.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DiffResult | Problem]:
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
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> Response[DiffResult | Problem]:
    """Compare two versions

     The changes in business words (`changes`: address, old, new, kind, text in the
        reader's language), a unified diff of the YAML and the rule ids added, removed and
        changed.

    Args:
        group (str):
        domain (str):
        from_ (str | Unset): A version number, draft or published. Default: `published`.
        to (str | Unset): Default: `draft`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DiffResult | Problem]
    """

    kwargs = _get_kwargs(
        group=group,
        domain=domain,
        from_=from_,
        to=to,
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
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> DiffResult | Problem | None:
    """Compare two versions

     The changes in business words (`changes`: address, old, new, kind, text in the
        reader's language), a unified diff of the YAML and the rule ids added, removed and
        changed.

    Args:
        group (str):
        domain (str):
        from_ (str | Unset): A version number, draft or published. Default: `published`.
        to (str | Unset): Default: `draft`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DiffResult | Problem
    """

    return sync_detailed(
        group=group,
        domain=domain,
        client=client,
        from_=from_,
        to=to,
    ).parsed


async def asyncio_detailed(
    group: str,
    domain: str,
    *,
    client: AuthenticatedClient,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> Response[DiffResult | Problem]:
    """Compare two versions

     The changes in business words (`changes`: address, old, new, kind, text in the
        reader's language), a unified diff of the YAML and the rule ids added, removed and
        changed.

    Args:
        group (str):
        domain (str):
        from_ (str | Unset): A version number, draft or published. Default: `published`.
        to (str | Unset): Default: `draft`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DiffResult | Problem]
    """

    kwargs = _get_kwargs(
        group=group,
        domain=domain,
        from_=from_,
        to=to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group: str,
    domain: str,
    *,
    client: AuthenticatedClient,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> DiffResult | Problem | None:
    """Compare two versions

     The changes in business words (`changes`: address, old, new, kind, text in the
        reader's language), a unified diff of the YAML and the rule ids added, removed and
        changed.

    Args:
        group (str):
        domain (str):
        from_ (str | Unset): A version number, draft or published. Default: `published`.
        to (str | Unset): Default: `draft`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DiffResult | Problem
    """

    return (
        await asyncio_detailed(
            group=group,
            domain=domain,
            client=client,
            from_=from_,
            to=to,
        )
    ).parsed
