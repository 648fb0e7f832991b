metadata description = 'DocScan in an agency\'s own Azure subscription: document storage that survives ransomware, the scanning Function App, its events, monitoring and authentication. Deploy into a resource group; see infra/README.md.'

targetScope = 'resourceGroup'

@description('Region of every resource. Defaults to the resource group\'s.')
param location string = resourceGroup().location

@description('Short lowercase name (letters and digits) that starts every resource name; a hash of the resource group makes the globally unique names unique.')
@minLength(3)
@maxLength(10)
param baseName string = 'docscan'

@description('Tags applied to every resource.')
param tags object = {
  application: 'DocScan'
}

@description('Application (client) ID of the Entra ID app registration that represents the DocScan API. Callers need a token for api://<this id>.')
@minLength(36)
@maxLength(36)
param apiClientId string

@description('Client IDs of the applications (reviewer site, CLI) allowed to call the API. Empty: any application in the tenant that obtains a token for the API.')
param allowedClientApplicationIds string[] = []

@description('dotnet-isolated runtime version of the Function App.')
@allowed([
  '8.0'
  '9.0'
  '10.0'
])
param functionsRuntimeVersion string = '10.0'

@description('Most instances the Flex Consumption plan scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Memory per instance in MB. Large archives and PDFs are extracted in memory.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Name of the blob-triggered function that scans outbound documents (the [Function] name in code).')
param blobTriggerFunctionName string = 'ScanOutbound'

@description('Subscribe the scan function to blob-created events. Must be false on the very first deployment, before the Functions app is published (Event Grid validates the endpoint).')
param subscribeOutboundEvents bool = true

@description('Replication of the document account. ZRS or GZRS where the region offers them.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
  'Standard_RAGRS'
  'Standard_RAGZRS'
])
param dataStorageSku string = 'Standard_LRS'

@description('Days a deleted document, report or container can be undeleted; point-in-time restore reaches one day less.')
@minValue(7)
@maxValue(365)
param softDeleteRetentionDays int = 30

@description('Days previous versions of documents are kept before lifecycle management deletes them. Never shorter than soft delete.')
@minValue(30)
@maxValue(3650)
param versionRetentionDays int = 180

@description('Days a scan report is kept before lifecycle management deletes it.')
@minValue(30)
@maxValue(3650)
param reportRetentionDays int = 365

@description('Days each audit log blob stays write-protected (WORM). Follow the agency\'s records retention schedule.')
@minValue(1)
@maxValue(146000)
param auditRetentionDays int = 1825

@description('Days Log Analytics keeps logs, including who read which document.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 90

@description('Also deploy a Key Vault (RBAC, purge protection) the app can read secrets from.')
param enableKeyVault bool = false

@description('Also deploy an Azure AI Language account for the optional cloud PII recognizer. Document text is then sent to it.')
param enableLanguage bool = false

@description('Pricing tier of the Language account.')
@allowed([
  'F0'
  'S'
])
param languageSku string = 'S'

@description('Container image of the Functions app with OCR, built from functions/Dockerfile and pushed to containerRegistryName (e.g. crdocscan.azurecr.io/docscan-functions:1.0). Empty: the code package on Flex Consumption, where scanned pages and pictures stay needs-ocr (review).')
param ocrContainerImage string = ''

@description('Azure Container Registry in this resource group that holds ocrContainerImage; the app pulls it with its identity (AcrPull).')
param containerRegistryName string = ''

@description('Elastic Premium size for the OCR container (EP1: 1 core, 3.5 GB).')
@allowed([
  'EP1'
  'EP2'
  'EP3'
])
param premiumPlanSku string = 'EP1'

var suffix = uniqueString(resourceGroup().id, baseName)
var compactName = toLower(baseName)

// Containers of the document flow (DESIGN.md): outbound is scanned; then each document ends in
// released, review or quarantine; reports holds the scan reports and audit the audit log; rules
// holds what reviewers add to the agency's rules (allow-list digests: private, like the documents).
var outboundContainer = 'outbound'
var auditContainer = 'audit'
var reportsContainer = 'reports'
var dataContainers = [
  outboundContainer
  reportsContainer
  'released'
  'review'
  'quarantine'
  auditContainer
  'rules'
]
var deploymentContainer = 'app-package'

// The connection name the code uses for the document account (blob trigger Connection and
// DocScan.Storage); the settings are DocScanStorage__blobServiceUri and so on.
var dataConnectionName = 'DocScanStorage'

// Old reports are deleted after reportRetentionDays; previous versions after versionRetentionDays,
// and never before soft delete's window has passed. Nothing here touches the audit log: it is WORM,
// so its blobs have no previous versions, and its retention is the immutability policy's.
var lifecycleRules = [
  {
    name: 'expire-old-reports'
    enabled: true
    type: 'Lifecycle'
    definition: {
      filters: {
        blobTypes: [
          'blockBlob'
        ]
        prefixMatch: [
          '${reportsContainer}/'
        ]
      }
      actions: {
        baseBlob: {
          tierToCool: {
            daysAfterModificationGreaterThan: 30
          }
          delete: {
            daysAfterModificationGreaterThan: reportRetentionDays
          }
        }
      }
    }
  }
  {
    name: 'expire-old-versions'
    enabled: true
    type: 'Lifecycle'
    definition: {
      filters: {
        blobTypes: [
          'blockBlob'
        ]
        prefixMatch: map(filter(dataContainers, name => name != auditContainer), name => '${name}/')
      }
      actions: {
        version: {
          delete: {
            daysAfterCreationGreaterThan: max(versionRetentionDays, softDeleteRetentionDays)
          }
        }
      }
    }
  }
]

// Names are computed here, not read from module outputs, so that What-If can predict every change.
var workspaceName = 'log-${compactName}-${suffix}'
var appInsightsName = 'appi-${compactName}-${suffix}'
var dataStorageName = take('st${compactName}${suffix}', 24)
var hostStorageName = take('sth${compactName}${suffix}', 24)
var appName = 'func-${compactName}-${suffix}'
var keyVaultName = enableKeyVault ? take('kv${compactName}${suffix}', 24) : ''
var languageName = enableLanguage ? 'lang-${compactName}-${suffix}' : ''
var documentOperatorRoleName = guid(resourceGroup().id, 'docscan-document-operator')

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    tags: tags
    workspaceName: workspaceName
    appInsightsName: appInsightsName
    retentionInDays: logRetentionDays
  }
}

// Documents, reports and the audit log: versioned, soft-deleted, restorable to a point in time.
module dataStorage 'modules/storage-account.bicep' = {
  name: 'data-storage'
  params: {
    name: dataStorageName
    location: location
    tags: tags
    skuName: dataStorageSku
    containerNames: dataContainers
    versioning: true
    softDeleteRetentionDays: softDeleteRetentionDays
    pointInTimeRestore: true
    wormContainerName: auditContainer
    wormRetentionDays: auditRetentionDays
    lifecycleRules: lifecycleRules
    logAnalyticsWorkspaceName: workspaceName
  }
  dependsOn: [
    monitoring
  ]
}

// The Functions host's own state and the deployment package, apart from the documents so that the
// Blob Data Owner role the host needs covers no document.
module hostStorage 'modules/storage-account.bicep' = {
  name: 'host-storage'
  params: {
    name: hostStorageName
    location: location
    tags: tags
    skuName: 'Standard_LRS'
    containerNames: [
      deploymentContainer
    ]
    versioning: false
    softDeleteRetentionDays: 7
  }
}

module keyVault 'modules/key-vault.bicep' = if (enableKeyVault) {
  name: 'key-vault'
  params: {
    location: location
    tags: tags
    name: keyVaultName
  }
}

module language 'modules/language.bicep' = if (enableLanguage) {
  name: 'language'
  params: {
    location: location
    tags: tags
    name: languageName
    skuName: languageSku
  }
}

var optionalAppSettings = union(
  enableKeyVault ? { DocScan__KeyVaultUri: keyVault!.outputs.uri } : {},
  enableLanguage ? { DocScan__Language__Endpoint: language!.outputs.endpoint } : {}
)

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  params: {
    location: location
    tags: tags
    planName: 'plan-${compactName}-${suffix}'
    appName: appName
    runtimeVersion: functionsRuntimeVersion
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    hostStorageAccountName: hostStorageName
    deploymentContainerName: deploymentContainer
    dataStorageAccountName: dataStorageName
    dataConnectionName: dataConnectionName
    appInsightsName: appInsightsName
    extraAppSettings: optionalAppSettings
    containerImage: ocrContainerImage
    premiumPlanSku: premiumPlanSku
  }
  dependsOn: [
    monitoring
    hostStorage
    dataStorage
  ]
}

module documentOperatorRole 'modules/document-operator-role.bicep' = {
  name: 'document-operator-role'
  params: {
    roleDefinitionName: documentOperatorRoleName
  }
}

module appRoles 'modules/app-roles.bicep' = {
  name: 'app-roles'
  params: {
    appName: appName
    hostStorageAccountName: hostStorageName
    dataStorageAccountName: dataStorageName
    documentOperatorRoleName: documentOperatorRoleName
    appInsightsName: appInsightsName
    keyVaultName: keyVaultName
    languageAccountName: languageName
    containerRegistryName: containerRegistryName
  }
  dependsOn: [
    functionApp
    documentOperatorRole
    keyVault
    language
  ]
}

module auth 'modules/function-auth.bicep' = {
  name: 'function-auth'
  params: {
    appName: appName
    apiClientId: apiClientId
    allowedClientApplicationIds: allowedClientApplicationIds
  }
  dependsOn: [
    functionApp
  ]
}

module blobEvents 'modules/blob-events.bicep' = {
  name: 'blob-events'
  params: {
    location: location
    tags: tags
    topicName: 'evgt-${compactName}-${suffix}'
    storageAccountName: dataStorageName
    containerName: outboundContainer
    appName: appName
    functionName: blobTriggerFunctionName
    subscribe: subscribeOutboundEvents
  }
  // The trigger must be able to read the blob and write its poison queue when the first event arrives.
  dependsOn: [
    dataStorage
    functionApp
    appRoles
  ]
}

output functionAppName string = functionApp.outputs.name
output dataStorageAccountName string = dataStorage.outputs.name
output hostStorageAccountName string = hostStorage.outputs.name
output eventGridSystemTopicName string = blobEvents.outputs.topicName
