metadata description = 'Optional Azure AI Language account for the cloud PII recognizer (kind PiiEntityRecognition); Entra ID only.'

@description('Azure region. Text sent for recognition is processed here: pick a region the agency may send personal data to.')
param location string

@description('Tags applied to the account.')
param tags object

@description('Account name; also its custom subdomain, which Entra ID authentication requires.')
@minLength(2)
@maxLength(64)
param name string

@description('Pricing tier.')
@allowed([
  'F0'
  'S'
])
param skuName string

resource account 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'TextAnalytics'
  sku: {
    name: skuName
  }
  properties: {
    customSubDomainName: name
    // No API keys: the app calls with its Entra token (Cognitive Services User), so there is no key to leak.
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

output name string = account.name
output endpoint string = account.properties.endpoint
