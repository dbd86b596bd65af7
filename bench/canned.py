"""The one call every benchmark makes: Lightsail RegisterContainerImage, and its answer."""

from __future__ import annotations

import json

REGION = "us-east-1"
ACCESS_KEY = "AKIDEXAMPLEBENCHMARK"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

SERVICE_NAME = "my-service"
LABEL = "web"
DIGEST = "sha256:" + "0123456789abcdef" * 4
IMAGE = f":{SERVICE_NAME}.{LABEL}.1"

RESPONSE_BODY = json.dumps(
    {"containerImage": {"image": IMAGE, "digest": DIGEST, "createdAt": 1.7e9}}
).encode("utf-8")
RESPONSE_HEADERS = {
    "Content-Type": "application/x-amz-json-1.1",
    "x-amzn-RequestId": "3f0c5a4e-1c2b-4d5e-8f90-0a1b2c3d4e5f",
}

TARGET = "Lightsail_20161128.RegisterContainerImage"
REQUEST_BODY = json.dumps({"serviceName": SERVICE_NAME, "label": LABEL, "digest": DIGEST}).encode()
