// The deployment that runs the OCR container image (functions/Dockerfile) on Elastic Premium, for the
// tests that check the plan, the image and the registry role. Not an example to deploy: the client ID
// and the registry are made up.
using '../../../infra/main.bicep'

param apiClientId = '5f1c9a7e-3b2d-4c8e-9f10-2a3b4c5d6e7f'
param ocrContainerImage = 'crdocscantest.azurecr.io/docscan-functions:1.0'
param containerRegistryName = 'crdocscantest'
