metadata description = 'Event Grid system topic on the document account and the subscription that hands every new outbound blob to the blob trigger.'

@description('Azure region (the storage account\'s).')
param location string

@description('Tags applied to the system topic.')
param tags object

@description('System topic name.')
param topicName string

@description('Account whose blob events are published.')
param storageAccountName string

@description('Container whose new blobs are scanned.')
param containerName string

@description('Function App that hosts the blob trigger.')
param appName string

@description('Name of the blob-triggered function (the [Function] name in code).')
param functionName string

@description('Create the subscription. Event Grid validates the endpoint when it is created, so the app must already be published.')
param subscribe bool

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource app 'Microsoft.Web/sites@2024-11-01' existing = {
  name: appName
}

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: topicName
  location: location
  tags: tags
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

// Flex Consumption supports only the Event Grid source for blob triggers: polling is not available
// there and would lag minutes elsewhere. The blobs extension's webhook is authorized by its system
// key, which exists once the app with the trigger has started (hence `subscribe`).
var webhookKey = listKeys('${app.id}/host/default', '2024-11-01').systemKeys.blobs_extension

resource subscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = if (subscribe) {
  parent: topic
  name: 'scan-${containerName}'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${app.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${webhookKey}'
        maxEventsPerBatch: 1
      }
    }
    eventDeliverySchema: 'EventGridSchema'
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${containerName}/'
    }
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}

output topicName string = topic.name
