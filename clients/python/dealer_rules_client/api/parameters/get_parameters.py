from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_parameters_version import GetParametersVersion
from ...models.parameter_list import ParameterList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    group: str,
    domain: str,
    *,
    version: GetParametersVersion | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_version: str | Unset = UNSET
    if not isinstance(version, Unset):
        json_version = version.value

    params["version"] = json_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/groups/{group}/rulesets/{domain}/parameters".format(
            group=quote(str(group), safe=""),
            domain=quote(str(domain), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ParameterList | Problem | None:
    if response.status_code == 200:
        response_200 = ParameterList.from_dict(response.json())

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
) -> Response[ParameterList | Problem]:
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
    version: GetParametersVersion | Unset = UNSET,
) -> Response[ParameterList | Problem]:
    """List a ruleset's parameters

     Every value staff change (constants, settings, each rule's switch, priority, title,
        validity window and action parameters) with its address, current value, kind, unit,
        names (en, zh) and constraints. Of the draft if there is one, else of the published
        version (`?version=draft|published` picks; a key reads the published version).

    Args:
        group (str):
        domain (str):
        version (GetParametersVersion | Unset): Default: the draft if there is one, else the
            published version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParameterList | Problem]
    """

    kwargs = _get_kwargs(
        group=group,
        domain=domain,
        version=version,
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
    version: GetParametersVersion | Unset = UNSET,
) -> ParameterList | Problem | None:
    """List a ruleset's parameters

     Every value staff change (constants, settings, each rule's switch, priority, title,
        validity window and action parameters) with its address, current value, kind, unit,
        names (en, zh) and constraints. Of the draft if there is one, else of the published
        version (`?version=draft|published` picks; a key reads the published version).

    Args:
        group (str):
        domain (str):
        version (GetParametersVersion | Unset): Default: the draft if there is one, else the
            published version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParameterList | Problem
    """

    return sync_detailed(
        group=group,
        domain=domain,
        client=client,
        version=version,
    ).parsed


async def asyncio_detailed(
    group: str,
    domain: str,
    *,
    client: AuthenticatedClient,
    version: GetParametersVersion | Unset = UNSET,
) -> Response[ParameterList | Problem]:
    """List a ruleset's parameters

     Every value staff change (constants, settings, each rule's switch, priority, title,
        validity window and action parameters) with its address, current value, kind, unit,
        names (en, zh) and constraints. Of the draft if there is one, else of the published
        version (`?version=draft|published` picks; a key reads the published version).

    Args:
        group (str):
        domain (str):
        version (GetParametersVersion | Unset): Default: the draft if there is one, else the
            published version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParameterList | Problem]
    """

    kwargs = _get_kwargs(
        group=group,
        domain=domain,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group: str,
    domain: str,
    *,
    client: AuthenticatedClient,
    version: GetParametersVersion | Unset = UNSET,
) -> ParameterList | Problem | None:
    """List a ruleset's parameters

     Every value staff change (constants, settings, each rule's switch, priority, title,
        validity window and action parameters) with its address, current value, kind, unit,
        names (en, zh) and constraints. Of the draft if there is one, else of the published
        version (`?version=draft|published` picks; a key reads the published version).

    Args:
        group (str):
        domain (str):
        version (GetParametersVersion | Unset): Default: the draft if there is one, else the
            published version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParameterList | Problem
    """

    return (
        await asyncio_detailed(
            group=group,
            domain=domain,
            client=client,
            version=version,
        )
    ).parsed
